package org.yagura.identity.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yagura.identity.ApiTokenService;
import org.yagura.identity.ApiTokenSummary;
import org.yagura.identity.CreatedApiToken;
import org.yagura.identity.CreatedUser;
import org.yagura.identity.NewUser;
import org.yagura.identity.UserService;
import org.yagura.identity.UserSummary;
import org.yagura.identity.UserUpdate;
import org.yagura.identity.rest.IdentityRequests.CreateTokenRequest;
import org.yagura.identity.rest.IdentityRequests.CreateUserRequest;
import org.yagura.identity.rest.IdentityRequests.UpdateUserRequest;
import org.yagura.shared.api.CursorPage;
import org.yagura.shared.api.CursorRequest;

/** User administration for administrators. */
@RestController
@RequestMapping("/api/v1/users")
@PreAuthorize("hasRole('ADMINISTRATOR')")
@Tag(name = "users", description = "User administration")
class UserRestController {

    private final UserService users;
    private final ApiTokenService tokens;

    UserRestController(UserService users, ApiTokenService tokens) {
        this.users = users;
        this.tokens = tokens;
    }

    @GetMapping
    @Operation(summary = "List users by user name, optionally filtered by q (name, display name, e-mail)")
    CursorPage<UserSummary> list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        return users.list(q, CursorRequest.of(limit, cursor));
    }

    @PostMapping
    @Operation(summary = "Create a user; without a password the response carries a one-time password")
    ResponseEntity<CreatedUser> create(@Valid @RequestBody CreateUserRequest r) {
        CreatedUser created = users.create(new NewUser(r.username(), r.displayName(), r.email(), r.role(), r.password(),
                r.constituency()));
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.user().id())).body(created);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One user")
    UserSummary get(@PathVariable UUID id) {
        return users.get(id);
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change a user's details, role or enabled state; give version to detect concurrent edits (409)")
    UserSummary update(@PathVariable UUID id, @Valid @RequestBody UpdateUserRequest r) {
        UserSummary updated = users.update(id, new UserUpdate(r.displayName(), r.email(), r.role(), r.constituency(), r.version()));
        if (r.enabled() != null && r.enabled() != updated.enabled()) {
            updated = users.setEnabled(id, r.enabled(), null);
        }
        return updated;
    }

    @PostMapping("/{id}/password-reset")
    @Operation(summary = "Set a one-time password (returned once) and end the user's sessions")
    Map<String, String> resetPassword(@PathVariable UUID id) {
        return Map.of("oneTimePassword", users.resetPassword(id));
    }

    @GetMapping("/{id}/tokens")
    @Operation(summary = "A user's API tokens")
    Map<String, List<ApiTokenSummary>> tokens(@PathVariable UUID id) {
        return Map.of("items", tokens.list(id));
    }

    @PostMapping("/{id}/tokens")
    @Operation(summary = "Create an API token for a user (e.g. a service account)")
    ResponseEntity<CreatedApiToken> createToken(@PathVariable UUID id, @Valid @RequestBody CreateTokenRequest r) {
        return ResponseEntity.status(HttpStatus.CREATED).body(tokens.create(id, r.name(), r.expiresAt()));
    }

    @DeleteMapping("/{id}/tokens/{tokenId}")
    @Operation(summary = "Revoke a user's API token")
    ApiTokenSummary revokeToken(@PathVariable UUID id, @PathVariable UUID tokenId) {
        return tokens.revoke(tokenId);
    }
}
