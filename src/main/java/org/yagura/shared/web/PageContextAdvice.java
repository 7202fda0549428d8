package org.yagura.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.yagura.shared.api.ApiPaths;

/** Puts the {@link PageContext} into the model of every page as {@code ctx}. */
@ControllerAdvice
class PageContextAdvice {

    private final MessageSource messages;
    private final List<NavigationItem> items;
    private final RoleHierarchy roles;
    private final String teamName;

    PageContextAdvice(MessageSource messages, List<NavigationItem> items, RoleHierarchy roles,
            @Value("${yagura.team-name:Yagura CSIRT}") String teamName) {
        this.messages = messages;
        this.items = items.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
        this.roles = roles;
        this.teamName = teamName;
    }

    /** Pages only: the advice also runs before every JSON handler, which has no use for it. */
    @ModelAttribute("ctx")
    @Nullable PageContext pageContext(HttpServletRequest request) {
        if (ApiPaths.isApi(request)) {
            return null;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
        Set<String> authorities = signedIn
                ? AuthorityUtils.authorityListToSet(roles.getReachableGrantedAuthorities(auth.getAuthorities()))
                : Set.of();
        String displayName = signedIn && auth.getPrincipal() instanceof UserDisplay u ? u.displayName() : null;
        boolean restricted = signedIn && auth.getPrincipal() instanceof UserDisplay u && u.restricted();
        ZoneId zone = LocaleContextHolder.getTimeZone().toZoneId();
        return new PageContext(messages, LocaleContextHolder.getLocale(), zone,
                signedIn ? auth.getName() : null, displayName, authorities,
                (CsrfToken) request.getAttribute(CsrfToken.class.getName()),
                signedIn && !restricted ? navigation(authorities) : List.of(), teamName,
                request.getRequestURI().substring(request.getContextPath().length()));
    }

    private List<NavigationGroup> navigation(Set<String> authorities) {
        Map<ServiceArea, List<NavigationItem>> byArea = items.stream()
                .filter(i -> i.role() == null || authorities.contains(i.role()))
                .collect(Collectors.groupingBy(NavigationItem::area, () -> new EnumMap<>(ServiceArea.class),
                        Collectors.toList()));
        return byArea.entrySet().stream().map(e -> new NavigationGroup(e.getKey(), e.getValue())).toList();
    }

}
