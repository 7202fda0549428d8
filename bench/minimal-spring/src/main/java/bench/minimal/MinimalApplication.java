package bench.minimal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.Principal;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** One entity, one repository, one authenticated endpoint: the least a Spring Boot service of Yagura's kind starts. */
@SpringBootApplication
@EnableJpaRepositories(considerNestedRepositories = true)
public class MinimalApplication {

    public static void main(String[] args) {
        SpringApplication.run(MinimalApplication.class, args);
    }

    @Bean
    SecurityFilterChain security(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(r -> r.requestMatchers("/actuator/health").permitAll().anyRequest().authenticated())
                .httpBasic(Customizer.withDefaults())
                .build();
    }

    @Entity
    @Table(name = "note")
    public static class Note {
        @Id
        UUID id;
        String text;
    }

    interface Notes extends JpaRepository<Note, UUID> {
    }

    @RestController
    static class Me {
        private final Notes notes;

        Me(Notes notes) {
            this.notes = notes;
        }

        @GetMapping("/api/v1/me")
        Map<String, Object> me(Principal principal) {
            return Map.of("name", principal.getName(), "notes", notes.count());
        }
    }
}
