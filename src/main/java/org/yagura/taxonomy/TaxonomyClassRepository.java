package org.yagura.taxonomy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface TaxonomyClassRepository extends JpaRepository<TaxonomyClass, UUID> {

    Optional<TaxonomyClass> findByClassKey(String classKey);

    boolean existsByClassKey(String classKey);

    List<TaxonomyClass> findAllByOrderByDisplayOrderAscClassKeyAsc();
}
