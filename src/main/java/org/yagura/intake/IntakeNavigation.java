package org.yagura.intake;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.yagura.shared.web.NavigationItem;
import org.yagura.shared.web.ServiceArea;

/** Intake's entry in the main navigation: framework 1.1.1, incident verification and classification. */
@Configuration(proxyBeanMethods = false)
class IntakeNavigation {

    @Bean
    NavigationItem reportsNavigation() {
        return new NavigationItem(ServiceArea.INCIDENT_MANAGEMENT, "nav.reports", "/reports", "ROLE_OBSERVER", 10);
    }
}
