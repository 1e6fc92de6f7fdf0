package org.standby.security;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.NewCookie;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Ends a user's form-login sessions when their password changes. Quarkus' session cookie carries only the user
 * name and its expiry, so the form login also sets {@value #COOKIE}: an HMAC-SHA256 of the user name and the
 * user's current bcrypt hash, under a key derived from the session cookie's key. A new password has a new hash
 * (bcrypt salts every hash), so every stamp issued before no longer matches and
 * {@link SessionIdentityProvider} refuses those sessions. The browser that changed its own password gets a new
 * stamp with the answer. The key is shared by every instance that shares the session key, and the stamp needs no
 * column and no read beyond the user's row that a session already reads.
 */
@ApplicationScoped
public class SessionStamps {

    /** The stamp cookie, beside {@value CsrfProtection#SESSION_COOKIE}: HttpOnly, same site and path. */
    public static final String COOKIE = "standby-session-stamp";

    private final SecretKeySpec key;
    private final CookieSameSite sameSite;

    @Inject
    SessionStamps(
            @ConfigProperty(name = SessionKeySource.KEY) String sessionKey,
            @ConfigProperty(name = "quarkus.http.auth.form.cookie-same-site", defaultValue = "strict")
                    String sameSite) {
        this.key = new SecretKeySpec(sha256("standby session stamp\0" + sessionKey), "HmacSHA256");
        this.sameSite = CookieSameSite.valueOf(sameSite.toUpperCase(java.util.Locale.ROOT));
    }

    /** The stamp of a user with this password hash (null for a user without a password: no session matches). */
    String of(String username, String passwordHash) {
        if (passwordHash == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(passwordHash.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
        }
    }

    /** True if the request carries exactly this stamp (compared in constant time). */
    static boolean carries(HttpServerRequest request, String expected) {
        if (request == null || expected == null) {
            return false;
        }
        Cookie cookie = request.getCookie(COOKIE);
        return cookie != null
                && MessageDigest.isEqual(
                        cookie.getValue().getBytes(StandardCharsets.US_ASCII),
                        expected.getBytes(StandardCharsets.US_ASCII));
    }

    /** Sets the stamp on an answer that Quarkus writes (the form login's). */
    void issue(HttpServerRequest request, HttpServerResponse response, String stamp) {
        response.addCookie(Cookie.cookie(COOKIE, stamp)
                .setPath("/")
                .setHttpOnly(true)
                .setSecure(request.isSSL())
                .setSameSite(sameSite));
    }

    /** The stamp as a JAX-RS cookie (for the answer of one's own password change). */
    NewCookie cookie(String stamp, boolean secure) {
        return new NewCookie.Builder(COOKIE)
                .value(stamp)
                .path("/")
                .httpOnly(true)
                .secure(secure)
                .sameSite(NewCookie.SameSite.valueOf(sameSite.name()))
                .build();
    }

    /** Clears a cookie of the session (signing out): the session's own or the stamp. */
    static NewCookie cleared(String name) {
        return new NewCookie.Builder(name)
                .value("")
                .path("/")
                .maxAge(0)
                .httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT)
                .build();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
