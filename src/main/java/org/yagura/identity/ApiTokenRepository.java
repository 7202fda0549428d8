package org.yagura.identity;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApiTokenRepository extends JpaRepository<ApiToken, UUID> {

    List<ApiToken> findByUserIdOrderByCreatedAtDesc(UUID userId);
}
