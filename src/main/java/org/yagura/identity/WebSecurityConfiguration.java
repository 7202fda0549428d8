package org.yagura.identity;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
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
 * Three filter chains: the JSON API under {@code /api/} (bearer tokens or the browser session, 401
 * and 403 as problem+json), pages requested with a bearer token (stateless), and the pages of the
 * browser session (form or OIDC sign-in, CSRF on every form, strict headers).
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

    /**
     * Pages requested with {@code Authorization: Bearer} (scripts, monitoring): the same access rules and
     * headers as the page chain, but stateless. Through the page chain every such request would open an
     * HTTP session and add it to the session registry, which grew without bound under automation.
     */
    @Bean
    @Order(2)
    SecurityFilterChain tokenPageChain(HttpSecurity http, ApiTokenService tokens, MessageSource messages) throws Exception {
        http.securityMatcher(WebSecurityConfiguration::carriesBearerToken)
                .authorizeHttpRequests(WebSecurityConfiguration::pageAccess)
                .addFilterAfter(new ApiTokenAuthenticationFilter(tokens, messages), BasicAuthenticationFilter.class)
                .addFilterBefore(new PasswordChangeRequiredFilter(messages), AuthorizationFilter.class)
                // the credential travels with each request, never in a cookie: nothing for CSRF to guard
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .headers(WebSecurityConfiguration::pageHeaders);
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pageChain(HttpSecurity http, SignInHandlers handlers, ApiTokenService tokens, SessionRegistry sessions, MessageSource messages,
            ObjectProvider<ClientRegistrationRepository> oidc, ObjectProvider<IdentityOidcUserService> oidcUsers)
            throws Exception {
        http.authorizeHttpRequests(WebSecurityConfiguration::pageAccess)
                .formLogin(f -> f.loginPage("/login").successHandler(handlers).failureHandler(handlers).permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessHandler(handlers))
                .addFilterBefore(new PasswordChangeRequiredFilter(messages), AuthorizationFilter.class)
                .sessionManagement(s -> s.maximumSessions(-1).sessionRegistry(sessions))
                .headers(WebSecurityConfiguration::pageHeaders);
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

    static boolean carriesBearerToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    private static void pageAccess(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry access) {
        access.requestMatchers("/login", "/error", "/css/**", "/js/**", "/webjars/**", "/favicon.ico").permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/actuator/**").hasRole(Role.ADMINISTRATOR.name())
                .anyRequest().authenticated();
    }

    private static void pageHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN));
    }
}
