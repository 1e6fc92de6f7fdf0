package org.standby.security;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * {@code standby_login_bcrypt_verifications_total}: password hashes checked since start. With the cache of
 * verified credentials it rises once per user and {@code standby.login.cache-ttl}, not once per request.
 */
@Singleton
public class LoginMetrics implements MeterBinder {

    @Inject
    VerifiedCredentials credentials;

    @Override
    public void bindTo(MeterRegistry registry) {
        FunctionCounter.builder(
                        "standby.login.bcrypt.verifications", credentials, VerifiedCredentials::bcryptVerifications)
                .description("Password hashes checked (bcrypt) since start")
                .register(registry);
    }
}
