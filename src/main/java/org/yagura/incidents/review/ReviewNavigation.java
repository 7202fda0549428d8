package org.yagura.incidents.review;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.yagura.shared.web.NavigationItem;
import org.yagura.shared.web.ServiceArea;

/** The list of open review action items in the main navigation: incident management. */
@Configuration(proxyBeanMethods = false)
class ReviewNavigation {

    @Bean
    NavigationItem reviewActionsNavigation() {
        return new NavigationItem(ServiceArea.INCIDENT_MANAGEMENT, "review.nav", "/incidents/reviews/actions",
                "ROLE_OBSERVER", 25);
    }
}
