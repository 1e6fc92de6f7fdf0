package org.standby.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The identity behind a session cookie of the form login: the cookie (encrypted by Quarkus) names the user, who
 * is looked up in {@link VerifiedCredentials} and only on a miss in the database. A deleted user's cookie stops
 * working at once; a changed role or team shows on the next request; a session must carry the stamp of the user's
 * current password ({@link SessionStamps}), so a password change ends the sessions begun before it.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    @Inject
    VerifiedCredentials credentials;

    @Inject
    SsoService sso;

    @Inject
    SessionStamps stamps;

    private record StoredSession(Caller caller, String sessionStamp) {}

    /** A session from before the user's last password change (or without its stamp). */
    static final String SESSION_ENDED = "the session has ended (the password was changed since): sign in again";

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        String username = request.getPrincipal();
        if (!sso.localPasswordsAllowed()) { // a password's session ends when local passwords are switched off
            return Uni.createFrom()
                    .failure(new AuthenticationFailedException(PasswordIdentityProvider.LOCAL_PASSWORDS_OFF));
        }
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        HttpServerRequest cookies = http == null ? null : http.request();
        Optional<VerifiedCredentials.Remembered> remembered =
                credentials.entry(username).filter(known -> known.sessionStamp() != null);
        if (remembered.isPresent()) {
            return SessionStamps.carries(cookies, remembered.get().sessionStamp())
                    ? Uni.createFrom().item(CallerIdentities.of(remembered.get().caller()))
                    : Uni.createFrom().failure(new AuthenticationFailedException(SESSION_ENDED));
        }
        return context.runBlocking(() -> {
            long stamp = credentials.stamp();
            StoredSession stored = QuarkusTransaction.requiringNew()
                    .call(() -> User.findByUsername(username)
                            .map(user -> new StoredSession(
                                    CallerIdentities.of(user), stamps.of(username, user.passwordHash)))
                            .orElse(null));
            if (stored == null) {
                throw new AuthenticationFailedException("the session's user no longer exists");
            }
            Caller caller = stored.caller();
            String expected = stored.sessionStamp();
            credentials.rememberCaller(username, caller, expected, stamp);
            if (!SessionStamps.carries(cookies, expected)) {
                throw new AuthenticationFailedException(SESSION_ENDED);
            }
            return CallerIdentities.of(caller);
        });
    }
}
