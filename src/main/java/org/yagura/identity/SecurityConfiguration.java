package org.yagura.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/** Roles, their hierarchy and method security. The filter chains are in {@code WebSecurityConfiguration}. */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(Role.ADMINISTRATOR.name()).implies(Role.TEAM_LEAD.name())
                .role(Role.TEAM_LEAD.name()).implies(Role.INCIDENT_HANDLER.name())
                .role(Role.INCIDENT_HANDLER.name()).implies(Role.ANALYST.name())
                .role(Role.ANALYST.name()).implies(Role.OBSERVER.name())
                .build();
    }
}
