package org.yagura.observables;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.yagura.shared.web.NavigationItem;
import org.yagura.shared.web.ServiceArea;

/** Settings and navigation entries of observables (framework 4.2, data analysis; 1.1.3 for warninglists). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ObservablesSettings.class)
class ObservablesConfiguration {

    @Bean
    NavigationItem observablesNavigation() {
        return new NavigationItem(ServiceArea.SITUATIONAL_AWARENESS, "nav.observables", "/observables", "ROLE_OBSERVER", 20);
    }

    @Bean
    NavigationItem warninglistsNavigation() {
        return new NavigationItem(ServiceArea.SITUATIONAL_AWARENESS, "nav.warninglists", "/observables/warninglists",
                "ROLE_OBSERVER", 21);
    }
}
