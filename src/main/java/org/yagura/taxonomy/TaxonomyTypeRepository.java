package org.yagura.taxonomy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface TaxonomyTypeRepository extends JpaRepository<TaxonomyType, UUID> {

    Optional<TaxonomyType> findByClassKeyAndTypeKey(String classKey, String typeKey);

    boolean existsByClassKeyAndTypeKey(String classKey, String typeKey);

    List<TaxonomyType> findAllByOrderByClassKeyAscDisplayOrderAscTypeKeyAsc();

    List<TaxonomyType> findByClassKeyOrderByDisplayOrderAscTypeKeyAsc(String classKey);
}
