package org.standby.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts failed logins per username and per client address in fixed windows of {@code standby.login.window}.
 * Once a key has {@code max-failures-per-user} (or {@code -per-address}) failures, every further login attempt
 * for it is refused with 429 and {@code Retry-After} until its window ends, before any password is hashed. Reaching
 * the limit fires a {@link LoginAbuse} event once per window, which the audit trail records.
 *
 * <p>The counts live in this process and are bounded ({@link #MAX_KEYS} per kind); a flood of distinct usernames
 * evicts expired windows first.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int MAX_KEYS = 10_000;

    private record Window(long startNanos, AtomicInteger failures) {}

    @Inject
    LoginConfig config;

    @Inject
    Clock clock;

    @Inject
    Event<LoginAbuse> abuse;

    private final ConcurrentHashMap<String, Window> users = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Window> addresses = new ConcurrentHashMap<>();

    /** Seconds until the user or address may try again, or empty if a login may be attempted now. */
    public OptionalLong retryAfter(String username, String address) {
        long now = System.nanoTime();
        long wait = Math.max(
                waitNanos(users, username, config.maxFailuresPerUser(), now),
                waitNanos(addresses, address, config.maxFailuresPerAddress(), now));
        return wait <= 0 ? OptionalLong.empty() : OptionalLong.of(Math.max(1, (wait + 999_999_999L) / 1_000_000_000L));
    }

    /** Records a failed login; {@code username} is null for an API token. */
    public void failed(String username, String address) {
        long now = System.nanoTime();
        if (username != null) {
            count(users, "user", username, config.maxFailuresPerUser(), now);
        }
        if (address != null) {
            count(addresses, "address", address, config.maxFailuresPerAddress(), now);
        }
    }

    private long waitNanos(ConcurrentHashMap<String, Window> windows, String key, int max, long now) {
        if (key == null) {
            return 0;
        }
        Window window = windows.get(key);
        if (window == null || window.failures().get() < max) {
            return 0;
        }
        return window.startNanos() + config.window().toNanos() - now;
    }

    private void count(ConcurrentHashMap<String, Window> windows, String kind, String key, int max, long now) {
        long length = config.window().toNanos();
        if (windows.size() >= MAX_KEYS && !windows.containsKey(key)) {
            windows.values().removeIf(w -> now - w.startNanos() >= length);
            if (windows.size() >= MAX_KEYS) {
                return; // a flood of distinct keys: the other kind (the address) still counts
            }
        }
        Window window = windows.compute(
                key,
                (k, old) ->
                        old == null || now - old.startNanos() >= length ? new Window(now, new AtomicInteger()) : old);
        int failures = window.failures().incrementAndGet();
        if (failures == max) {
            long left = window.startNanos() + length - now;
            abuse.fireAsync(new LoginAbuse(kind, key, failures, clock.instant().plusNanos(left)));
        }
    }
}
