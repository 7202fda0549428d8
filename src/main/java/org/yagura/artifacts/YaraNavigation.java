package org.yagura.artifacts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.yagura.shared.web.NavigationItem;
import org.yagura.shared.web.ServiceArea;

/** The YARA rule repository in the main navigation, under framework 2 (analysis), after the evidence register. */
@Configuration(proxyBeanMethods = false)
class YaraNavigation {

    @Bean
    NavigationItem yaraRulesNavigation() {
        return new NavigationItem(ServiceArea.ANALYSIS, "yara.nav", "/yara", "ROLE_OBSERVER", 20);
    }
}
