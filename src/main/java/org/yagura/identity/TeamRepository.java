package org.yagura.identity;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TeamRepository extends JpaRepository<Team, UUID> {

    boolean existsByNameIgnoreCase(String name);

    List<Team> findAllByOrderByNameAsc();

    @Query("select t from Team t join t.members m where m = :userId order by t.name")
    List<Team> findByMember(UUID userId);
}
