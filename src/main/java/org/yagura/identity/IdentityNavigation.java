package org.yagura.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.yagura.shared.web.NavigationItem;
import org.yagura.shared.web.ServiceArea;

/** Identity's entries in the main navigation: framework IA1.4, data access management. */
@Configuration(proxyBeanMethods = false)
class IdentityNavigation {

    @Bean
    NavigationItem usersNavigation() {
        return new NavigationItem(ServiceArea.DATA_AND_KNOWLEDGE, "nav.users", "/admin/users", Role.ADMINISTRATOR.authority(), 10);
    }

    @Bean
    NavigationItem teamsNavigation() {
        return new NavigationItem(ServiceArea.DATA_AND_KNOWLEDGE, "nav.teams", "/admin/teams", Role.ADMINISTRATOR.authority(), 20);
    }
}
