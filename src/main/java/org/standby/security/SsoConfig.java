package org.standby.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/**
 * Single sign-on over OpenID Connect, prefix {@code standby.sso} (docs/sso.md). The provider's connection is Quarkus
 * OIDC's ({@code quarkus.oidc.*}), which application.properties fills from these keys, so that an operator sets
 * only {@code STANDBY_SSO_*}; how signed-in people get their roles is an admin's setting ({@link SsoSettings}).
 */
@ConfigMapping(prefix = "standby.sso")
public interface SsoConfig {

    /** Single sign-on is on: the page signs in at /sso/login and the API takes the provider's bearer tokens. */
    @WithDefault("false")
    boolean enabled();

    /** The provider's issuer URL (its discovery document is at issuer/.well-known/openid-configuration). */
    Optional<String> issuer();

    /** Standby's client id at the provider. */
    @WithDefault("standby")
    String clientId();

    /** Standby's client secret at the provider. */
    Optional<String> clientSecret();

    /**
     * Audiences a token must name (its {@code aud}); default the client id. Add the API's own identifier where the
     * provider issues API tokens to it (Entra ID: api://...).
     */
    Optional<List<String>> audience();

    /** The claim that names the Standby user: {@code email} (lower-cased), {@code preferred_username}, {@code sub}. */
    @WithDefault("email")
    String usernameClaim();

    /** The claim that lists the user's groups, where roles and teams come from groups. */
    @WithDefault("groups")
    String groupsClaim();
}
