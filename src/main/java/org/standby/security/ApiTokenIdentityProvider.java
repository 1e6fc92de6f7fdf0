package org.standby.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Turns a presented API token into an identity with the token's roles; the principal is {@code token:<id>}. */
@ApplicationScoped
public class ApiTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    static final String TOKEN_PRINCIPAL_PREFIX = "token:";
    private static final Duration LAST_USE_RESOLUTION = Duration.ofMinutes(1);

    @Inject
    Clock clock;

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        String token = request.getToken().getToken();
        if (!token.startsWith(ApiTokenAuthenticationMechanism.PREFIX)) {
            return Uni.createFrom().nullItem();
        }
        return context.runBlocking(() -> QuarkusTransaction.requiringNew().call(() -> identityFor(token)));
    }

    private SecurityIdentity identityFor(String token) {
        ApiToken apiToken = ApiToken.findActiveByHash(SecretHashing.sha256Hex(token))
                .orElseThrow(() -> new AuthenticationFailedException("unknown or revoked API token"));
        Instant now = clock.instant();
        if (apiToken.lastUsedAt == null || apiToken.lastUsedAt.isBefore(now.minus(LAST_USE_RESOLUTION))) {
            apiToken.lastUsedAt = now;
        }
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(TOKEN_PRINCIPAL_PREFIX + apiToken.id));
        apiToken.roleSet().forEach(builder::addRole);
        return builder.build();
    }
}
