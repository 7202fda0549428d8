package org.yagura.incidents.sla;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.yagura.shared.web.NavigationItem;
import org.yagura.shared.web.ServiceArea;

/** The SLA settings page in the main navigation: incident management, for team leads and administrators. */
@Configuration(proxyBeanMethods = false)
class SlaNavigation {

    @Bean
    NavigationItem slaPageNavigation() {
        return new NavigationItem(ServiceArea.INCIDENT_MANAGEMENT, "sla.nav", "/admin/sla", "ROLE_TEAM_LEAD", 90);
    }
}
