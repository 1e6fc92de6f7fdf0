package org.standby.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How logins are remembered and throttled, prefix {@code standby.login} (README, "Logging in"). */
@ConfigMapping(prefix = "standby.login")
public interface LoginConfig {

    /** How long a password that verified is remembered, so HTTP Basic costs one bcrypt per user and period. */
    @WithDefault("5m")
    Duration cacheTtl();

    /** How many users' verified passwords are remembered at most. */
    @WithDefault("1000")
    int cacheSize();

    /** Failed logins (wrong password, unknown user) for one username within {@link #window()} before 429. */
    @WithDefault("10")
    int maxFailuresPerUser();

    /** Failed logins (passwords or API tokens) from one client address within {@link #window()} before 429. */
    @WithDefault("30")
    int maxFailuresPerAddress();

    /** The period failures are counted in; a throttled user or address is refused until it ends. */
    @WithDefault("5m")
    Duration window();

    /**
     * Password hashes checked at once. bcrypt is CPU work: a login that finds them all busy waits its turn for at
     * most {@link #bcryptWait()}, then is answered 429 with {@code Retry-After: 1}, so a burst of logins cannot
     * starve the other requests.
     */
    @WithDefault("2")
    int bcryptConcurrency();

    /**
     * How long a login waits for a turn when {@link #bcryptConcurrency()} checks are running, before it is answered
     * 429 with Retry-After: 1. Short, so that a burst of wrong passwords cannot hold worker threads for long.
     */
    @WithDefault("2s")
    java.time.Duration bcryptWait();
}
