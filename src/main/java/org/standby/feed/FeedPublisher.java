package org.standby.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.standby.team.MemberService;
import org.standby.team.Team;
import org.standby.team.TeamService;

/**
 * Serves feeds: resolves the token, and renders the feed unless the cached rendering is still current (its
 * fingerprint of the team's rotas, shifts, members and the date is unchanged), so a change shows on the very
 * next request while unchanged feeds cost a few aggregate queries.
 */
@ApplicationScoped
public class FeedPublisher {

    static final Duration REFRESH = Duration.ofHours(1);
    private static final int CACHE_SIZE = 500;

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

    /** A rendered feed with its validators. */
    public record Rendered(byte[] body, String etag, Instant lastModified) {
    }

    private record Cached(String fingerprint, Rendered rendered) {
    }

    private final Map<Long, Cached> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Cached> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    /** The feed behind a token, or empty for an unknown or revoked token. */
    @jakarta.transaction.Transactional
    public Optional<Rendered> feed(String token) {
        Optional<Feed> found = content.resolve(token);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Feed feed = found.get();
        String fingerprint = content.fingerprint(feed);
        synchronized (cache) {
            Cached cached = cache.get(feed.id);
            if (cached != null && cached.fingerprint().equals(fingerprint)) {
                return Optional.of(cached.rendered());
            }
        }
        Rendered rendered = render(feed);
        synchronized (cache) {
            cache.put(feed.id, new Cached(fingerprint, rendered));
        }
        return Optional.of(rendered);
    }

    private Rendered render(Feed feed) {
        Team team = teams.find(feed.teamId).orElseThrow();
        Instant now = clock.instant();
        byte[] body;
        Instant lastModified;
        if (feed.kind == FeedKind.CALENDAR) {
            List<FeedAllDayEvent> days = calendarContent.events(team, now);
            lastModified = days.stream().map(FeedAllDayEvent::lastModified).max(Instant::compareTo)
                    .orElse(feed.createdAt);
            body = FeedRenderer.render(new FeedSpec("Calendar: " + team.name, team.zone(), REFRESH, List.of()),
                    List.of(), days, lastModified);
        } else {
            List<FeedContentService.ShiftEvent> shifts = content.shiftEvents(feed);
            List<FeedEvent> events = shifts.stream().map(e -> new FeedEvent("shift-" + e.shift().id + "@standby",
                    e.shift().sequence, e.shift().start, e.shift().end, e.summary(), e.description(), e.cancelled(),
                    e.shift().updatedAt)).toList();
            lastModified = content.lastModified(shifts, feed);
            String name = feed.kind == FeedKind.MEMBER
                    ? "On call: " + members.find(feed.memberId).map(m -> m.name).orElse("member") + " (" + team.name + ")"
                    : "On call: " + team.name;
            // DTSTAMP is the last change, not the time of the request: unchanged feeds keep identical bytes
            body = FeedRenderer.render(new FeedSpec(name, team.zone(), REFRESH, feed.alarms()), events, List.of(),
                    lastModified);
        }
        return new Rendered(body, etag(body), lastModified);
    }

    static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 32) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
