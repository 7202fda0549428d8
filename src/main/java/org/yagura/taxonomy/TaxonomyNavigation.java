package org.yagura.taxonomy;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.yagura.shared.web.NavigationItem;
import org.yagura.shared.web.ServiceArea;

/** The taxonomy page in the main navigation: framework IA1.1, for team leads and administrators. */
@Configuration(proxyBeanMethods = false)
class TaxonomyNavigation {

    @Bean
    NavigationItem taxonomyPageNavigation() {
        return new NavigationItem(ServiceArea.DATA_AND_KNOWLEDGE, "nav.taxonomy", "/admin/taxonomy", "ROLE_TEAM_LEAD", 30);
    }
}
