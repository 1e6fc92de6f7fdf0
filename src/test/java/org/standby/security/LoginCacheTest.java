package org.standby.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Forgetting: one key or all, and a value read before the forget is never stored after it. */
class LoginCacheTest {

    private final AtomicLong now = new AtomicLong();
    private final LoginCache<String, String> cache = new LoginCache<>(1_000, 10, now::get);

    @Test
    void forgettingAKeyVoidsWhatWasReadBefore() {
        long stamp = cache.stamp();
        cache.put("ana", "ana v1", stamp);
        cache.put("bo", "bo v1", stamp);
        cache.forget("ana");
        assertThat(cache.get("ana")).isEmpty();
        assertThat(cache.get("bo")).contains("bo v1");
        cache.put("ana", "read before the forget", stamp);
        assertThat(cache.get("ana")).isEmpty();
        cache.put("ana", "ana v2", cache.stamp());
        assertThat(cache.get("ana")).contains("ana v2");
    }

    @Test
    void forgettingAllVoidsEveryKeyAndEveryReadBefore() {
        long stamp = cache.stamp();
        cache.put("ana", "ana v1", stamp);
        cache.put("bo", "bo v1", stamp);
        cache.forgetAll();
        assertThat(cache.get("ana")).isEmpty();
        assertThat(cache.get("bo")).isEmpty();
        cache.put("cy", "read before forgetAll", stamp);
        assertThat(cache.get("cy")).isEmpty();
        cache.put("cy", "cy v1", cache.stamp());
        assertThat(cache.get("cy")).contains("cy v1");
    }

    @Test
    void entriesExpire() {
        cache.put("ana", "ana v1", cache.stamp());
        now.addAndGet(999);
        assertThat(cache.get("ana")).contains("ana v1");
        now.addAndGet(1);
        assertThat(cache.get("ana")).isEmpty();
    }
}
