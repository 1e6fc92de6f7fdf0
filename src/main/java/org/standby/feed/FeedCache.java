package org.standby.feed;

import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.standby.common.TeamRevisions;

/**
 * Rendered feeds by the SHA-256 of their token, so that a subscribed calendar's poll is answered from memory.
 * An entry is current while its team's {@link TeamRevisions revision} is the one read before rendering and the
 * team's local date is the one it was rendered on (the feed's window moves daily); anything else is a miss, so a
 * change shows on the very next request. Bounded; only tokens of active feeds get in (unknown tokens never do).
 */
@ApplicationScoped
public class FeedCache {

    static final int MAX_ENTRIES = 500;
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern(
                    "EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    @Inject
    TeamRevisions revisions;

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();

    /** One rendering, with its answers ready for the wire. */
    static final class Entry {
        final String tokenHash;
        final long feedId;
        final long teamId;
        final FeedKind kind;
        final long revision;
        final LocalDate renderedFor;
        final Instant validUntil;
        final FeedPublisher.Rendered rendered;
        final Instant lastModified;
        private final FeedAnswer identity;
        private final FeedAnswer gzip;
        private final FeedAnswer identityNotModified;
        private final FeedAnswer gzipNotModified;
        volatile Instant lastUsed;

        Entry(
                String tokenHash,
                Feed feed,
                long revision,
                ZoneId zone,
                Instant renderedAt,
                FeedPublisher.Rendered rendered) {
            this.tokenHash = tokenHash;
            this.feedId = feed.id;
            this.teamId = feed.teamId;
            this.kind = feed.kind;
            this.revision = revision;
            this.renderedFor = LocalDate.ofInstant(renderedAt, zone);
            this.validUntil = validUntil(renderedAt, zone);
            this.rendered = rendered;
            this.lastModified = rendered.lastModified().truncatedTo(ChronoUnit.SECONDS);
            CharSequence lastModifiedHeader = HttpHeaders.createOptimized(HTTP_DATE.format(lastModified));
            this.identity = FeedAnswer.ok(rendered.body(false), rendered.etag(false), lastModifiedHeader, false);
            this.gzip = FeedAnswer.ok(rendered.body(true), rendered.etag(true), lastModifiedHeader, true);
            this.identityNotModified = FeedAnswer.notModified(rendered.etag(false), lastModifiedHeader);
            this.gzipNotModified = FeedAnswer.notModified(rendered.etag(true), lastModifiedHeader);
            this.lastUsed = renderedAt;
        }

        /** The answer to a request with these headers (each may be null): 304 or 200, plain or gzip. */
        FeedAnswer answer(String ifNoneMatch, String ifModifiedSince, String acceptEncoding) {
            boolean gzipped = ContentCoding.acceptsGzip(acceptEncoding);
            if (rendered.notModified(ifNoneMatch, ifModifiedSince, lastModified)) {
                return gzipped ? gzipNotModified : identityNotModified;
            }
            return gzipped ? gzip : identity;
        }
    }

    /**
     * The body off the heap and shared by all answers: with the epoll transport it is written without a copy per
     * request (docs/benchmarks.md). A JDK buffer, so the garbage collector frees it with its entry; read-only and
     * unreleasable, so no answer can change or free it.
     */
    static Buffer offHeap(byte[] body) {
        ByteBuffer direct = ByteBuffer.allocateDirect(body.length).put(body).flip();
        return Buffer.buffer(Unpooled.unreleasableBuffer(Unpooled.wrappedBuffer(direct.asReadOnlyBuffer())));
    }

    /** The first instant at which a rendering made at {@code renderedAt} is out of date: the next local midnight. */
    static Instant validUntil(Instant renderedAt, ZoneId zone) {
        return LocalDate.ofInstant(renderedAt, zone)
                .plusDays(1)
                .atStartOfDay(zone)
                .toInstant();
    }

    /** The current entry of a token hash, or null (a stale entry is dropped); counts a hit or a miss. */
    Entry current(String tokenHash, Instant now) {
        Entry entry = currentOrPass(tokenHash, now);
        if (entry == null) {
            misses.increment();
        }
        return entry;
    }

    /**
     * As {@link #current}, for the fast route: a miss is not counted here, because the request passes on to
     * {@link FeedPublisher}, whose own lookup counts it, so that one poll is one lookup in the metrics.
     */
    Entry currentOrPass(String tokenHash, Instant now) {
        Entry entry = entries.get(tokenHash);
        if (entry == null) {
            return null;
        }
        // found by the SHA-256 of the token, which is the key: nothing to compare (a lookup by a hash of a
        // 256-bit secret tells an attacker nothing through its timing)
        if (entry.revision != revisions.current(entry.teamId) || !now.isBefore(entry.validUntil)) {
            entries.remove(tokenHash, entry);
            return null;
        }
        entry.lastUsed = now;
        hits.increment();
        return entry;
    }

    /** Keeps a rendering unless its team changed meanwhile; evicts the least recently used entry when full. */
    void put(Entry entry) {
        if (entry.revision != revisions.current(entry.teamId)) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES && !entries.containsKey(entry.tokenHash)) {
            entries.values().stream()
                    .min(Comparator.comparing((Entry e) -> e.lastUsed))
                    .ifPresent(eldest -> entries.remove(eldest.tokenHash, eldest));
        }
        entries.put(entry.tokenHash, entry);
    }

    void forget(String tokenHash) {
        entries.remove(tokenHash);
    }

    /** Requests answered from the cache so far (tests read it through the bean's proxy, so a method). */
    long hits() {
        return hits.sum();
    }

    /** Lookups that had to go to the database so far: one per poll that was not answered from memory. */
    long misses() {
        return misses.sum();
    }

    int size() {
        return entries.size();
    }

    void clear() {
        entries.clear();
    }
}
