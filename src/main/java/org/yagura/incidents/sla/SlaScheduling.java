package org.yagura.incidents.sla;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on Spring's scheduler for the periodic SLA breach check, unless {@code yagura.sla.check-enabled=false}. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "yagura.sla.check-enabled", havingValue = "true", matchIfMissing = true)
class SlaScheduling {
}
