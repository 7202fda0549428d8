package org.yagura.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserRepository extends JpaRepository<User, UUID> {

    Optional<User> findByUsername(String username);

    Optional<User> findByExternalSubject(String subject);

    Optional<User> findByEmailIgnoreCase(String email);

    boolean existsByUsername(String username);

    long countByRoleAndEnabledTrue(Role role);

    @Query("""
            select u from User u
            where u.username > :after
              and (:query = '' or lower(u.username) like :query or lower(u.displayName) like :query or lower(u.email) like :query)
            order by u.username""")
    List<User> page(String after, String query, Limit limit);
}
