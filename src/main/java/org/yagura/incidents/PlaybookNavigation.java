package org.yagura.incidents;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.yagura.shared.web.NavigationItem;
import org.yagura.shared.web.ServiceArea;

/** The playbooks (task templates) in the main navigation: incident management. */
@Configuration(proxyBeanMethods = false)
class PlaybookNavigation {

    @Bean
    NavigationItem playbooksNavigation() {
        return new NavigationItem(ServiceArea.INCIDENT_MANAGEMENT, "playbooks.nav", "/incidents/playbooks", "ROLE_OBSERVER", 27);
    }
}
