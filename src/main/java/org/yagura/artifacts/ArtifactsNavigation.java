package org.yagura.artifacts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.yagura.shared.web.NavigationItem;
import org.yagura.shared.web.ServiceArea;

/** The evidence register in the main navigation: framework 2.1, artifact and forensic evidence analysis. */
@Configuration(proxyBeanMethods = false)
class ArtifactsNavigation {

    @Bean
    NavigationItem evidenceNavigation() {
        return new NavigationItem(ServiceArea.ANALYSIS, "artifacts.nav.evidence", "/evidence", "ROLE_OBSERVER", 10);
    }
}
