package org.yagura.incidents;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.yagura.shared.search.IndexedType;

/** Registers the incident document with the shared full-text search mapping. */
@Configuration(proxyBeanMethods = false)
class IncidentSearchConfiguration {

    @Bean
    IndexedType incidentDocuments() {
        return new IndexedType(IncidentDocument.class);
    }
}
