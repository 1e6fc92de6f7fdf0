package org.standby.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The identity behind a session cookie of the form login: the cookie (encrypted by Quarkus) names the user, who
 * is looked up in {@link VerifiedCredentials} and only on a miss in the database. A deleted user's cookie stops
 * working at once; a changed role or team shows on the next request.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    @Inject
    VerifiedCredentials credentials;

    @Inject
    SsoService sso;

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
        Optional<Caller> remembered = credentials.remembered(username);
        if (remembered.isPresent()) {
            return Uni.createFrom().item(CallerIdentities.of(remembered.get()));
        }
        return context.runBlocking(() -> {
            long stamp = credentials.stamp();
            Caller caller = QuarkusTransaction.requiringNew()
                    .call(() -> User.findByUsername(username)
                            .map(CallerIdentities::of)
                            .orElse(null));
            if (caller == null) {
                throw new AuthenticationFailedException("the session's user no longer exists");
            }
            credentials.rememberCaller(username, caller, stamp);
            return CallerIdentities.of(caller);
        });
    }
}
