package org.yagura.shared.search;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.search.engine.environment.bean.BeanReference;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.AnnotatedTypeSource;
import org.hibernate.search.mapper.pojo.standalone.mapping.CloseableSearchMapping;
import org.hibernate.search.mapper.pojo.standalone.mapping.SearchMapping;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * One search mapping for every module's documents. The embedded shape keeps a Lucene index under
 * {@code ${yagura.data-dir}/index}; {@code yagura.search.store=local-heap} keeps it in memory (tests).
 * The mapping is created on first use, so start-up does not wait for Lucene.
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    @Bean(destroyMethod = "close")
    @Lazy
    CloseableSearchMapping searchMapping(List<IndexedType> types,
            @Value("${yagura.search.store:local-filesystem}") String store,
            @Value("${yagura.search.directory:${yagura.data-dir:./data}/index}") Path directory) {
        Set<Class<?>> classes = types.stream().map(IndexedType::type).collect(Collectors.toSet());
        return SearchMapping.builder(AnnotatedTypeSource.fromClasses(classes))
                .property("hibernate.search.backend.directory.type", store)
                .property("hibernate.search.backend.directory.root", directory.toAbsolutePath().toString())
                .property("hibernate.search.backend.analysis.configurer", BeanReference.ofInstance(new TextAnalysis()))
                .property("hibernate.search.schema_management.strategy", "create-or-update")
                .build();
    }
}
