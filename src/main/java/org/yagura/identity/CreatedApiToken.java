package org.yagura.identity;

/** A new token with its secret, which is shown this once and never stored. */
public record CreatedApiToken(ApiTokenSummary token, String secret) {
}
