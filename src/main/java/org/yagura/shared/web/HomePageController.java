package org.yagura.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page after signing in. */
@Controller
class HomePageController {

    @GetMapping("/")
    String home() {
        return "home";
    }
}
