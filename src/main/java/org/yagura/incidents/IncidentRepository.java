package org.yagura.incidents;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.Repository;

/** Incidents as aggregates; lists go through {@link IncidentSearch}. */
interface IncidentRepository extends Repository<Incident, UUID> {

    Incident saveAndFlush(Incident incident);

    Optional<Incident> findByIncidentKey(String key);

    Optional<Incident> findById(UUID id);


    List<Incident> findByParentKeyOrderByCreatedAtAsc(String parentKey);
}
