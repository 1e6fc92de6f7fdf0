package org.standby.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.standby.common.TeamRevisions;
import org.standby.security.SecretHashing;
import org.standby.team.MemberService;
import org.standby.team.Team;
import org.standby.team.TeamService;

/**
 * Serves feeds that {@link CachedFeedRoute} could not answer from {@link FeedCache}: resolves the token, renders
 * the feed and keeps the rendering in the cache with the team revision read before any of the feed's data.
 */
@ApplicationScoped
public class FeedPublisher {

    static final Duration REFRESH = Duration.ofHours(1);
    static final String CALENDAR = "text/calendar; charset=utf-8";

    @Inject
    Clock clock;

    @Inject
    FeedContentService content;

    @Inject
    FeedCalendarContent calendarContent;

    @Inject
    TeamService teams;

    @Inject
    MemberService members;

    @Inject
    TeamRevisions revisions;

    @Inject
    FeedCache cache;

    @Inject
    FeedLastAccess lastAccess;

    /** A rendered feed with its validators, and the same bytes gzip-compressed with their own ETag. */
    public record Rendered(byte[] body, String etag, Instant lastModified, byte[] gzipped, String gzipEtag) {

        Rendered(byte[] body, String etag, Instant lastModified) {
            this(body, etag, lastModified, ContentCoding.gzip(body), ContentCoding.gzipEtag(etag));
        }

        byte[] body(boolean gzip) {
            return gzip ? gzipped : body;
        }

        String etag(boolean gzip) {
            return gzip ? gzipEtag : etag;
        }

        /** Whether the client's copy, in either coding, is this version (RFC 9110 conditional rules). */
        boolean notModified(String ifNoneMatch, String ifModifiedSince, Instant truncatedLastModified) {
            return ConditionalGet.notModified(ifNoneMatch, ifModifiedSince, etag, gzipEtag, truncatedLastModified);
        }
    }

    /** The feed behind a token with its answers, or empty for an unknown or revoked token. */
    @Transactional
    public Optional<FeedCache.Entry> feed(String token) {
        if (!FeedTokens.plausible(token)) {
            return Optional.empty();
        }
        String hash = SecretHashing.sha256Hex(token);
        Instant now = clock.instant();
        FeedCache.Entry cached = cache.current(hash, now);
        if (cached != null) {
            lastAccess.record(cached.feedId, now);
            return Optional.of(cached);
        }
        Optional<Long> teamId = content.teamOf(hash);
        // the revision before the feed row and everything shown: a commit from here on makes this rendering stale
        long revision = teamId.map(revisions::current).orElse(0L);
        Optional<Feed> found = teamId.flatMap(team -> content.resolve(hash));
        if (found.isEmpty()) {
            cache.forget(hash);
            return Optional.empty();
        }
        Feed feed = found.get();
        Team team = teams.find(feed.teamId).orElseThrow();
        Rendered rendered = render(feed, team, now);
        FeedCache.Entry entry = new FeedCache.Entry(hash, feed, revision, team.zone(), now, rendered);
        cache.put(entry);
        lastAccess.record(feed.id, now);
        return Optional.of(entry);
    }

    private Rendered render(Feed feed, Team team, Instant now) {
        byte[] body;
        Instant lastModified;
        if (feed.kind == FeedKind.CALENDAR) {
            List<FeedAllDayEvent> days = calendarContent.events(team, now);
            lastModified = days.stream()
                    .map(FeedAllDayEvent::lastModified)
                    .max(Instant::compareTo)
                    .orElse(feed.createdAt);
            body = FeedRenderer.render(
                    new FeedSpec("Calendar: " + team.name, team.zone(), REFRESH, List.of()),
                    List.of(),
                    days,
                    lastModified);
        } else {
            List<FeedContentService.ShiftEvent> shifts = content.shiftEvents(feed, team, now);
            List<FeedEvent> events = shifts.stream()
                    .map(e -> new FeedEvent(
                            FeedEvent.shiftUid(e.shift().id),
                            e.shift().sequence,
                            e.shift().start,
                            e.shift().end,
                            e.summary(),
                            e.description(),
                            e.cancelled(),
                            e.shift().updatedAt))
                    .toList();
            lastModified = content.lastModified(shifts, feed);
            String name = feed.kind == FeedKind.MEMBER
                    ? "On call: " + members.find(feed.memberId).map(m -> m.name).orElse("member") + " (" + team.name
                            + ")"
                    : "On call: " + team.name;
            // DTSTAMP is the last change, not the time of the request: unchanged feeds keep identical bytes
            body = FeedRenderer.render(
                    new FeedSpec(name, team.zone(), REFRESH, feed.alarms()), events, List.of(), lastModified);
        }
        return new Rendered(body, etag(body), lastModified);
    }

    static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\""
                    + Base64.getUrlEncoder()
                            .withoutPadding()
                            .encodeToString(digest)
                            .substring(0, 32) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
