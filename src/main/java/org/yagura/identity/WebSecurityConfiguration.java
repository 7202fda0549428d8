package org.yagura.identity;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two filter chains: the JSON API under {@code /api/} (bearer tokens or the browser session, 401
 * and 403 as problem+json) and the pages (form or OIDC sign-in, CSRF on every form, strict headers).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class WebSecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";
    /** Swagger UI sets inline styles from its script; scripts stay restricted to our origin. */
    static final String API_DOCS_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    @Bean
    AuthenticationProvider throttledAuthenticationProvider(IdentityUserDetailsService users, PasswordEncoder encoder,
            LoginThrottle throttle) {
        return new ThrottledAuthenticationProvider(users, encoder, throttle);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokenService tokens, MessageSource messages) throws Exception {
        ApiProblemResponses problems = new ApiProblemResponses(messages);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/api/openapi.json", "/api/openapi.json/**", "/api/docs", "/api/docs/**",
                                "/api/swagger-ui/**").permitAll()
                        .anyRequest().authenticated())
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens, messages), BasicAuthenticationFilter.class)
                .addFilterAfter(new PasswordChangeRequiredFilter(messages), AnonymousAuthenticationFilter.class)
                .csrf(c -> c.ignoringRequestMatchers(r -> r.getHeader("Authorization") != null))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .requestCache(c -> c.disable())
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(API_DOCS_CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http, SignInHandlers handlers, ApiTokenService tokens, SessionRegistry sessions, MessageSource messages,
            ObjectProvider<ClientRegistrationRepository> oidc, ObjectProvider<IdentityOidcUserService> oidcUsers)
            throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/error", "/css/**", "/js/**", "/webjars/**", "/favicon.ico").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole(Role.ADMINISTRATOR.name())
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").successHandler(handlers).failureHandler(handlers).permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessHandler(handlers))
                .addFilterAfter(new ApiTokenAuthenticationFilter(tokens, messages), BasicAuthenticationFilter.class)
                .addFilterBefore(new PasswordChangeRequiredFilter(messages), AuthorizationFilter.class)
                .csrf(c -> c.ignoringRequestMatchers(r -> r.getHeader("Authorization") != null))
                .sessionManagement(s -> s.maximumSessions(-1).sessionRegistry(sessions))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        ClientRegistrationRepository registrations = oidc.getIfAvailable();
        IdentityOidcUserService oidcUserService = oidcUsers.getIfAvailable();
        if (registrations != null && oidcUserService != null) {
            http.oauth2Login(o -> o.loginPage("/login")
                    .clientRegistrationRepository(registrations)
                    .userInfoEndpoint(u -> u.oidcUserService(oidcUserService))
                    .successHandler(handlers)
                    .failureUrl("/login?error"));
        }
        return http.build();
    }
}
