package org.standby.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.standby.common.ClusterRevisions;
import org.standby.common.PeerForgettable;
import org.standby.common.TooManyLogins;

/**
 * Turns a presented API token into an identity with the token's roles; the principal is {@code token:<id>}. A
 * token's identity is remembered by its SHA-256 for a minute (the resolution of {@code lastUsedAt}, which the next
 * database read after that refreshes), and forgotten at once when the token is revoked. Failed tokens count
 * against the client address's login limit ({@link LoginThrottle}).
 */
@ApplicationScoped
public class ApiTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest>, PeerForgettable {

    static final String TOKEN_PRINCIPAL_PREFIX = "token:";
    private static final Duration LAST_USE_RESOLUTION = Duration.ofMinutes(1);

    @Inject
    Clock clock;

    @Inject
    LoginThrottle throttle;

    @Inject
    TransactionSynchronizationRegistry registry;

    @Inject
    ClusterRevisions cluster;

    /** Revoked tokens, as announced to other instances (by the token's hash, which the database holds too). */
    static final String PEER_KIND = "token";

    private final LoginCache<String, Caller> tokens;

    @Inject
    ApiTokenIdentityProvider(LoginConfig config) {
        tokens = new LoginCache<>(LAST_USE_RESOLUTION.toNanos(), config.cacheSize(), System::nanoTime);
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        String token = request.getToken().getToken();
        if (!token.startsWith(ApiTokenAuthenticationMechanism.PREFIX)) {
            return Uni.createFrom().nullItem();
        }
        String address = CallerIdentities.clientAddress(HttpSecurityUtils.getRoutingContextAttribute(request));
        OptionalLong wait = throttle.retryAfter(null, address);
        if (wait.isPresent()) {
            return Uni.createFrom()
                    .failure(TooManyLogins.refusal(
                            "too many failed logins from this address; try again later", wait.getAsLong()));
        }
        String hash = SecretHashing.sha256Hex(token);
        Optional<Caller> remembered = tokens.get(hash);
        if (remembered.isPresent()) {
            return Uni.createFrom().item(CallerIdentities.of(remembered.get()));
        }
        return context.runBlocking(() -> {
            long stamp = tokens.stamp();
            Caller caller = QuarkusTransaction.requiringNew().call(() -> callerFor(hash));
            if (caller == null) {
                throttle.failed(null, address);
                throw new AuthenticationFailedException("unknown or revoked API token");
            }
            tokens.put(hash, caller, stamp);
            return CallerIdentities.of(caller);
        });
    }

    /** Forgets a revoked token now and after the revoking transaction commits, here and on other instances. */
    void forgetOnCommit(String tokenHash) {
        tokens.forgetNowAndAfterCommit(tokenHash, registry, () -> cluster.announceForgotten(PEER_KIND, tokenHash));
    }

    @Override
    public String kind() {
        return PEER_KIND;
    }

    @Override
    public void forgetFromPeer(String tokenHash) {
        tokens.forget(tokenHash);
    }

    @Override
    public void forgetAllFromPeers() {
        tokens.forgetAll();
    }

    private Caller callerFor(String hash) {
        ApiToken apiToken = ApiToken.findActiveByHash(hash).orElse(null);
        if (apiToken == null) {
            return null;
        }
        Instant now = clock.instant();
        if (apiToken.lastUsedAt == null || apiToken.lastUsedAt.isBefore(now.minus(LAST_USE_RESOLUTION))) {
            apiToken.lastUsedAt = now;
        }
        return new Caller(
                TOKEN_PRINCIPAL_PREFIX + apiToken.id,
                apiToken.roleSet(),
                apiToken.allTeams,
                Set.copyOf(apiToken.teamIds));
    }
}
