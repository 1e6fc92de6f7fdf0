package org.standby.feed;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import org.standby.common.BulkChanges;

/**
 * When each feed was last fetched. Requests only note the time in memory (the cached path runs on the event loop
 * and must not block); a background job writes the notes to the database once a minute, and the feed list merges
 * the notes not yet written, so it always shows the latest access.
 */
@ApplicationScoped
public class FeedLastAccess {

    private static final Logger LOG = Logger.getLogger(FeedLastAccess.class);

    @Inject
    BulkChanges bulk;

    private final ConcurrentHashMap<Long, Instant> pending = new ConcurrentHashMap<>();

    void record(long feedId, Instant at) {
        pending.merge(feedId, at, FeedLastAccess::later);
    }

    /** The latest access of a feed: the noted one if newer than the stored one. */
    Instant latest(long feedId, Instant stored) {
        Instant noted = pending.get(feedId);
        return noted == null ? stored : stored == null ? noted : later(stored, noted);
    }

    /**
     * Writes the noted times with a bulk update: it bypasses the entity listeners on purpose, since a last access
     * changes nothing a feed shows and must not invalidate the team's cached feeds.
     */
    @Scheduled(every = "60s", delayed = "60s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void flush() {
        Map<Long, Instant> snapshot = Map.copyOf(pending);
        if (!snapshot.isEmpty()) {
            write(snapshot);
        }
    }

    /**
     * Writes the noted times with a bulk update: it bypasses the entity listeners on purpose, since a last access
     * changes nothing a feed shows and must not invalidate the team's cached feeds. Then forgets exactly the notes
     * written: an access noted meanwhile is newer and stays for the next flush.
     */
    void write(Map<Long, Instant> snapshot) {
        QuarkusTransaction.requiringNew()
                .run(() -> snapshot.forEach((feedId, at) -> bulk.updateNotShownInFeeds(
                        Feed.class,
                        "lastAccessAt = ?1 where id = ?2 and (lastAccessAt is null or lastAccessAt < ?1)",
                        at,
                        feedId)));
        snapshot.forEach((feedId, at) -> pending.remove(feedId, at));
    }

    void onStop(@Observes ShutdownEvent event) {
        try {
            flush();
        } catch (RuntimeException e) {
            LOG.warnf("last feed accesses not written at shutdown: %s", e.getMessage());
        }
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
