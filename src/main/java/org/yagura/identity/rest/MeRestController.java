package org.yagura.identity.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.yagura.identity.ApiTokenService;
import org.yagura.identity.ApiTokenSummary;
import org.yagura.identity.CreatedApiToken;
import org.yagura.identity.UserService;
import org.yagura.identity.UserSummary;
import org.yagura.identity.YaguraPrincipal;
import org.yagura.identity.rest.IdentityRequests.ChangePasswordRequest;
import org.yagura.identity.rest.IdentityRequests.CreateTokenRequest;
import org.yagura.identity.rest.IdentityRequests.PreferencesRequest;
import org.yagura.shared.api.BadRequestException;

/** The caller's own account, password, preferences and API tokens. */
@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "me", description = "The signed-in user")
class MeRestController {

    private final UserService users;
    private final ApiTokenService tokens;

    MeRestController(UserService users, ApiTokenService tokens) {
        this.users = users;
        this.tokens = tokens;
    }

    @GetMapping
    @Operation(summary = "Who the caller is: account, role, teams and preferences")
    UserSummary me(@AuthenticationPrincipal YaguraPrincipal me) {
        return users.get(me.id());
    }

    @PatchMapping
    @Operation(summary = "Change the caller's language (ja, en) and time zone (IANA id)")
    UserSummary preferences(@AuthenticationPrincipal YaguraPrincipal me, @RequestBody PreferencesRequest request) {
        ZoneId zone = null;
        if (request.timeZone() != null) {
            try {
                zone = ZoneId.of(request.timeZone());
            } catch (DateTimeException e) {
                throw new BadRequestException("user.time-zone.invalid", request.timeZone());
            }
        }
        return users.setPreferences(me.id(), request.language(), zone);
    }

    @PostMapping("/password")
    @Operation(summary = "Change the caller's password, proving the current one")
    ResponseEntity<Void> changePassword(@AuthenticationPrincipal YaguraPrincipal me,
            @Valid @RequestBody ChangePasswordRequest request) {
        users.changePassword(me.id(), request.currentPassword(), request.newPassword());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/tokens")
    @Operation(summary = "The caller's API tokens (never their secrets)")
    Map<String, List<ApiTokenSummary>> tokens(@AuthenticationPrincipal YaguraPrincipal me) {
        return Map.of("items", tokens.list(me.id()));
    }

    @PostMapping("/tokens")
    @Operation(summary = "Create an API token; the secret is in this response only")
    ResponseEntity<CreatedApiToken> createToken(@AuthenticationPrincipal YaguraPrincipal me,
            @Valid @RequestBody CreateTokenRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(tokens.create(me.id(), request.name(), request.expiresAt()));
    }

    @DeleteMapping("/tokens/{id}")
    @Operation(summary = "Revoke one of the caller's API tokens")
    ApiTokenSummary revoke(@PathVariable UUID id) {
        return tokens.revoke(id);
    }
}
