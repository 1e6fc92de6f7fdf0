package org.standby.common;

import io.quarkus.security.AuthenticationFailedException;
import java.util.Map;
import java.util.OptionalLong;

/**
 * A login refused before its password was checked: too many failed logins for the user or from the address, or
 * too many password checks running. It is an {@link AuthenticationFailedException} (the type Quarkus's security
 * expects, and a final class) marked with the seconds to wait; answered 429 with {@code Retry-After}.
 */
public final class TooManyLogins {

    private static final String RETRY_AFTER = "standby.retry-after-seconds";

    private TooManyLogins() {}

    public static AuthenticationFailedException refusal(String message, long retryAfterSeconds) {
        return new AuthenticationFailedException(message, Map.of(RETRY_AFTER, retryAfterSeconds));
    }

    /** The seconds to wait if this failure is such a refusal. */
    public static OptionalLong retryAfter(Throwable failure) {
        if (failure instanceof AuthenticationFailedException e && e.getAttribute(RETRY_AFTER) instanceof Long seconds) {
            return OptionalLong.of(seconds);
        }
        return OptionalLong.empty();
    }
}
