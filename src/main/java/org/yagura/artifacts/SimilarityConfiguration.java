package org.yagura.artifacts;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.yagura.shared.web.NavigationItem;
import org.yagura.shared.web.ServiceArea;

/** Similarity settings, and the clusters page in the main navigation (framework 2.1.4, comparative analysis). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SimilaritySettings.class)
class SimilarityConfiguration {

    @Bean
    NavigationItem similarityClustersNavigation() {
        return new NavigationItem(ServiceArea.ANALYSIS, "similarity.nav.clusters", "/artifacts/clusters", "ROLE_OBSERVER", 20);
    }
}
