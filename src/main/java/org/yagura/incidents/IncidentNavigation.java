package org.yagura.incidents;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.yagura.shared.web.NavigationItem;
import org.yagura.shared.web.ServiceArea;

/** Incidents' entry in the main navigation: framework 1.1–1.3, incident management. */
@Configuration(proxyBeanMethods = false)
class IncidentNavigation {

    @Bean
    NavigationItem incidentsNavigation() {
        return new NavigationItem(ServiceArea.INCIDENT_MANAGEMENT, "incidents.nav", "/incidents", "ROLE_OBSERVER", 20);
    }
}
