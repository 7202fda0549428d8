package org.yagura.audit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.yagura.shared.web.NavigationItem;
import org.yagura.shared.web.ServiceArea;

/** The audit trail's place in the navigation, for administrators only. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    NavigationItem auditNavigation() {
        return new NavigationItem(ServiceArea.DATA_AND_KNOWLEDGE, "nav.audit", "/admin/audit", "ROLE_ADMINISTRATOR", 90);
    }
}
