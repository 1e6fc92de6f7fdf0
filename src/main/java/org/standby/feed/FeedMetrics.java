package org.standby.feed;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * What the feed URLs do, for the metrics endpoint. They are left out of the HTTP server metrics
 * ({@code quarkus.micrometer.binder.http-server.ignore-patterns}), which cost measurable throughput per poll
 * (docs/benchmarks.md); instead the cache's own counters are read when the metrics are scraped, which costs the
 * request path nothing: {@code standby_feed_cache_lookups_total{result="hit"}} counts the polls answered from
 * memory, {@code result="miss"} the lookups that had to go to the database (stale, new, unknown or revoked).
 */
@Singleton
public class FeedMetrics implements MeterBinder {

    @Inject
    FeedCache cache;

    @Override
    public void bindTo(MeterRegistry registry) {
        FunctionCounter.builder("standby.feed.cache.lookups", cache, FeedCache::hits)
                .tag("result", "hit")
                .description("Feed cache lookups by result")
                .register(registry);
        FunctionCounter.builder("standby.feed.cache.lookups", cache, FeedCache::misses)
                .tag("result", "miss")
                .description("Feed cache lookups by result")
                .register(registry);
    }
}
