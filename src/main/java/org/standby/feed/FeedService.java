package org.standby.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.standby.audit.AuditService;
import org.standby.common.InvalidFieldException;
import org.standby.common.NotFoundException;
import org.standby.common.StandbyConfig;
import org.standby.feed.dto.FeedRequest;
import org.standby.feed.dto.FeedResponse;
import org.standby.security.Caller;
import org.standby.security.CallerService;
import org.standby.security.SecretHashing;
import org.standby.team.Member;
import org.standby.team.MemberService;
import org.standby.team.TeamService;

/**
 * Feed subscriptions: made by the member themself (their shifts) or anyone in the team (the team's shifts or
 * calendar), revoked by their maker or a director. The token (256 random bits) is in the answer once.
 */
@ApplicationScoped
public class FeedService {

    @Inject
    Clock clock;

    @Inject
    CallerService callers;

    @Inject
    TeamService teams;

    @Inject
    MemberService members;

    @Inject
    AuditService audit;

    @Inject
    StandbyConfig config;

    @Inject
    FeedLastAccess lastAccess;

    @Transactional
    public FeedResponse createForMember(long memberId, FeedRequest request, URI baseUri) {
        Member member = members.find(memberId).orElseThrow(() -> new NotFoundException("member", memberId));
        Caller caller = callers.requireSees(member.teamId);
        if (!caller.directs(member.teamId) && !caller.name().equals(member.username)) {
            throw new io.quarkus.security.ForbiddenException("a member feed is made by the member or a director");
        }
        if (request != null && Boolean.TRUE.equals(request.calendar())) {
            throw new InvalidFieldException("calendar", "only team feeds show the calendar");
        }
        return create(member.teamId, memberId, FeedKind.MEMBER, request, baseUri, caller);
    }

    @Transactional
    public FeedResponse createForTeam(long teamId, FeedRequest request, URI baseUri) {
        teams.visibleTeam(teamId);
        Caller caller = callers.current();
        FeedKind kind = request != null && Boolean.TRUE.equals(request.calendar()) ? FeedKind.CALENDAR : FeedKind.TEAM;
        return create(teamId, null, kind, request, baseUri, caller);
    }

    public List<FeedResponse> list(long teamId) {
        teams.visibleTeam(teamId);
        Caller caller = callers.current();
        List<Feed> feeds = caller.directs(teamId)
                ? Feed.list("teamId = ?1 and revokedAt is null order by id", teamId)
                : Feed.list("teamId = ?1 and revokedAt is null and createdBy = ?2 order by id", teamId, caller.name());
        // the last access as noted in memory by requests, even when not yet written to the database
        return feeds.stream()
                .map(feed -> toResponse(feed, null, lastAccess.latest(feed.id, feed.lastAccessAt)))
                .toList();
    }

    @Transactional
    public void revoke(long feedId) {
        Feed feed = Feed.<Feed>findByIdOptional(feedId).orElseThrow(() -> new NotFoundException("feed", feedId));
        Caller caller = callers.current();
        if (!caller.sees(feed.teamId)) {
            throw new NotFoundException("feed", feedId);
        }
        if (!caller.directs(feed.teamId) && !Objects.equals(caller.name(), feed.createdBy)) {
            throw new io.quarkus.security.ForbiddenException("a feed is revoked by its maker or a director");
        }
        if (feed.revokedAt == null) {
            feed.revokedAt = clock.instant();
            audit.record(feed.teamId, "feed.revoke", "feed", feed.id, null, null, null, null);
        }
    }

    private FeedResponse create(
            long teamId, Long memberId, FeedKind kind, FeedRequest request, URI baseUri, Caller caller) {
        String token = SecretHashing.newSecret("");
        Feed feed = new Feed();
        feed.teamId = teamId;
        feed.memberId = memberId;
        feed.kind = kind;
        feed.tokenHash = SecretHashing.sha256Hex(token);
        List<Integer> alarms = request == null || request.alarmMinutes() == null ? List.of() : request.alarmMinutes();
        feed.alarmMinutes = alarms.isEmpty()
                ? null
                : alarms.stream().distinct().sorted().map(String::valueOf).collect(Collectors.joining(","));
        feed.createdBy = caller.name();
        // a feed URL is public: contact details only if its maker may see them (not a plain viewer), as on-call
        feed.withContacts = caller.seesContactDetails();
        feed.createdAt = clock.instant();
        feed.persist();
        audit.record(
                teamId,
                "feed.create",
                "feed",
                feed.id,
                null,
                java.util.Map.of("kind", kind, "memberId", memberId == null ? "" : memberId),
                null,
                null);
        String base = config.publicUrl()
                .map(url -> url.endsWith("/") ? url : url + "/")
                .orElse(baseUri.toString());
        return toResponse(feed, base + "feeds/" + token + ".ics", feed.lastAccessAt);
    }

    private static FeedResponse toResponse(Feed feed, String url, Instant lastAccessAt) {
        return new FeedResponse(
                feed.id, url, feed.kind, feed.teamId, feed.memberId, feed.alarms(), feed.createdAt, lastAccessAt);
    }
}
