package org.standby.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Semaphore;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.standby.common.ProblemMappers;
import org.standby.common.TooManyLogins;

/**
 * Checks a username and password, from HTTP Basic or the form login. In order, each step cheaper than the next:
 * a throttled user or address is refused with 429 (no hash); a password that verified lately is accepted by its
 * HMAC ({@link VerifiedCredentials}); otherwise the user is read and the bcrypt hash checked, at most
 * {@code standby.login.bcrypt-concurrency} at once, a login finding them all busy being refused with 429 at once.
 * Neither the password nor its hash is ever logged.
 */
@ApplicationScoped
public class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    static final String LOCAL_PASSWORDS_OFF = "local passwords are switched off: sign in with your school account";

    private record StoredLogin(String passwordHash, Caller caller) {}

    @Inject
    VerifiedCredentials credentials;

    @Inject
    LoginThrottle throttle;

    @Inject
    SsoService sso;

    @Inject
    SessionStamps stamps;

    @ConfigProperty(name = "quarkus.http.auth.form.post-location", defaultValue = "/j_security_check")
    String formPostLocation;

    private final Semaphore bcryptPermits;
    private final java.time.Duration bcryptWait;

    @Inject
    PasswordIdentityProvider(LoginConfig config) {
        bcryptPermits = new Semaphore(Math.max(1, config.bcryptConcurrency()));
        bcryptWait = config.bcryptWait();
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        String username = request.getUsername();
        char[] password = request.getPassword().getPassword();
        String address = CallerIdentities.clientAddress(http);
        OptionalLong wait = throttle.retryAfter(username, address);
        Uni<SecurityIdentity> result;
        if (!sso.localPasswordsAllowed()) {
            result = Uni.createFrom().failure(new AuthenticationFailedException(LOCAL_PASSWORDS_OFF));
        } else if (wait.isPresent()) {
            result = Uni.createFrom()
                    .failure(TooManyLogins.refusal(
                            "too many failed logins for this user or from this address; try again later",
                            wait.getAsLong()));
        } else {
            Optional<VerifiedCredentials.Remembered> remembered = credentials.verified(username, password);
            result = remembered.isPresent()
                    ? Uni.createFrom().item(CallerIdentities.of(remembered.get()))
                    : context.runBlocking(() -> verify(username, password, address));
        }
        if (CallerIdentities.isFormLogin(http, formPostLocation)) {
            // the session cookie that Quarkus sets now gets its stamp beside it (SessionStamps)
            result = result.invoke(identity -> {
                String stamp = identity.getAttribute(CallerIdentities.SESSION_STAMP_ATTRIBUTE);
                if (stamp != null) {
                    stamps.issue(http.request(), http.response(), stamp);
                }
            });
        }
        return result;
    }

    private SecurityIdentity verify(String username, char[] password, String address) {
        long stamp = credentials.stamp();
        StoredLogin stored = QuarkusTransaction.requiringNew()
                .call(() -> User.findByUsername(username)
                        .map(user -> new StoredLogin(user.passwordHash, CallerIdentities.of(user)))
                        .orElse(null));
        if (stored == null || stored.passwordHash() == null) { // no such user, or one who signs in with SSO only
            throttle.failed(username, address);
            throw new AuthenticationFailedException(ProblemMappers.WRONG_PASSWORD);
        }
        if (!awaitBcryptPermit()) {
            throw TooManyLogins.refusal("too many logins are being checked at this moment; try again", 1);
        }
        boolean matches;
        try {
            // the same password may have been verified by a request that held the turn before this one (many
            // requests of one client at once on a cold cache): then it is known, and no second hash is needed
            Optional<VerifiedCredentials.Remembered> verifiedMeanwhile = credentials.verified(username, password);
            if (verifiedMeanwhile.isPresent()) {
                return CallerIdentities.of(verifiedMeanwhile.get());
            }
            credentials.countBcrypt();
            matches = BcryptUtil.matches(new String(password), stored.passwordHash());
        } finally {
            bcryptPermits.release();
        }
        if (!matches) {
            throttle.failed(username, address);
            throw new AuthenticationFailedException(ProblemMappers.WRONG_PASSWORD);
        }
        String sessionStamp = stamps.of(username, stored.passwordHash());
        credentials.rememberPassword(username, password, stored.caller(), sessionStamp, stamp);
        return CallerIdentities.of(stored.caller(), sessionStamp);
    }

    /** A turn to run bcrypt, waiting up to {@code standby.login.bcrypt-wait}: a few logins at once all succeed. */
    private boolean awaitBcryptPermit() {
        try {
            return bcryptPermits.tryAcquire(bcryptWait.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
