package org.standby.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.standby.rota.Rota;
import org.standby.rota.RotaStatus;
import org.standby.rota.Shift;
import org.standby.rota.ShiftDeparture;
import org.standby.security.SecretHashing;
import org.standby.team.Member;
import org.standby.team.MemberService;
import org.standby.team.Team;
import org.standby.team.TeamService;

/**
 * What a feed shows, read straight from the published rotas: a member's shifts (and, for 30 days, the shifts
 * that left them, as cancelled events), or the whole team's. Also the cheap fingerprint of everything a feed
 * depends on, so a cached rendering is reused until any of it changes.
 */
@ApplicationScoped
public class FeedContentService {

    static final Duration PAST = Duration.ofDays(30);
    static final Duration FUTURE = Duration.ofDays(400);
    static final Duration CANCELLED_KEPT = Duration.ofDays(30);
    private static final Duration LAST_ACCESS_RESOLUTION = Duration.ofMinutes(5);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", java.util.Locale.ENGLISH);

    @Inject
    Clock clock;

    @Inject
    TeamService teams;

    @Inject
    MemberService members;

    /** One shift as a feed shows it. */
    public record ShiftEvent(Shift shift, boolean cancelled, String summary, String description) {
    }

    /** The active feed of a token, or empty: unknown and revoked tokens are not told apart. */
    @Transactional
    public Optional<Feed> resolve(String token) {
        if (token == null || token.length() < 40 || token.length() > 64) {
            return Optional.empty();
        }
        String hash = SecretHashing.sha256Hex(token);
        Optional<Feed> feed = Feed.<Feed>find("tokenHash = ?1 and revokedAt is null", hash).firstResultOptional()
                .filter(found -> java.security.MessageDigest.isEqual(found.tokenHash.getBytes(), hash.getBytes()));
        feed.ifPresent(found -> {
            Instant now = clock.instant();
            if (found.lastAccessAt == null || found.lastAccessAt.isBefore(now.minus(LAST_ACCESS_RESOLUTION))) {
                found.lastAccessAt = now;
            }
        });
        return feed;
    }

    /** Changes whenever anything shown in the team's feeds changes, and each day (the window moves). */
    public String fingerprint(Feed feed) {
        Team team = teams.find(feed.teamId).orElseThrow();
        // one round trip: aggregates over everything a feed of this team shows
        Object[] state = Shift.getEntityManager().createQuery("select "
                        + "(select count(s) from Shift s where s.teamId = :team), "
                        + "(select coalesce(sum(s.sequence), 0) from Shift s where s.teamId = :team), "
                        + "(select max(s.updatedAt) from Shift s where s.teamId = :team), "
                        + "(select coalesce(sum(s.version), 0) from Shift s where s.teamId = :team), "
                        + "(select coalesce(sum(r.version), 0) + count(r) from Rota r where r.teamId = :team), "
                        + "(select coalesce(sum(m.version), 0) + count(m) from Member m where m.teamId = :team), "
                        + "(select count(d) from ShiftDeparture d where d.teamId = :team), "
                        + "(select coalesce(sum(p.version), 0) + count(p) + coalesce(max(p.id), 0) "
                        + "from SchoolPeriod p where p.teamId = :team), "
                        + "(select count(o) + coalesce(max(o.id), 0) from DayOverride o where o.teamId = :team) "
                        + "from Team t where t.id = :team", Object[].class)
                .setParameter("team", team.id).getSingleResult();
        LocalDate today = LocalDate.now(clock.withZone(team.zone()));
        return String.join("|", List.of(String.valueOf(feed.id), today.toString(), String.valueOf(team.version),
                team.holidayRegion, join(state)));
    }

    private static String join(Object[] values) {
        return java.util.Arrays.stream(values).map(String::valueOf).collect(Collectors.joining(","));
    }

    /** The shift events of a MEMBER or TEAM feed, sorted by start. */
    public List<ShiftEvent> shiftEvents(Feed feed) {
        Team team = teams.find(feed.teamId).orElseThrow();
        ZoneId zone = team.zone();
        Instant now = clock.instant();
        Instant from = now.minus(PAST);
        Instant to = now.plus(FUTURE);
        Instant keptSince = now.minus(CANCELLED_KEPT);
        Map<Long, Member> people = members.membersOf(team.id).stream()
                .collect(Collectors.toMap(m -> m.id, Function.identity()));
        Map<Long, Rota> rotas = Rota.<Rota>list("teamId", team.id).stream()
                .collect(Collectors.toMap(r -> r.id, Function.identity()));
        List<Shift> all = Shift.list("teamId = ?1 and end > ?2 and start < ?3 order by start, slot, id", team.id, from,
                to);
        Map<Instant, List<Shift>> byStart = all.stream().collect(Collectors.groupingBy(s -> s.start));

        List<ShiftEvent> events = new ArrayList<>();
        Set<Long> included = new HashSet<>();
        for (Shift shift : all) {
            Rota rota = rotas.get(shift.rotaId);
            boolean published = rota.status == RotaStatus.PUBLISHED;
            boolean recentlyArchived = rota.status == RotaStatus.ARCHIVED && rota.archivedAt != null
                    && rota.archivedAt.isAfter(keptSince);
            boolean mine = feed.kind == FeedKind.TEAM || Objects.equals(shift.memberId, feed.memberId);
            if (mine && (published || recentlyArchived)) {
                events.add(event(shift, !published, team, people, byStart.get(shift.start), zone, feed.kind));
                included.add(shift.id);
            }
        }
        if (feed.kind == FeedKind.MEMBER) {
            List<ShiftDeparture> departures = ShiftDeparture.list("memberId = ?1 and departedAt > ?2", feed.memberId,
                    keptSince);
            Map<Long, Shift> byId = all.stream().collect(Collectors.toMap(s -> s.id, Function.identity()));
            for (ShiftDeparture departure : departures) {
                Shift shift = byId.get(departure.shiftId);
                if (shift != null && included.add(shift.id) && !Objects.equals(shift.memberId, feed.memberId)) {
                    events.add(event(shift, true, team, people, byStart.get(shift.start), zone, feed.kind));
                }
            }
        }
        events.sort(java.util.Comparator.comparing((ShiftEvent e) -> e.shift().start).thenComparing(e -> e.shift().id));
        return events;
    }

    private static ShiftEvent event(Shift shift, boolean cancelled, Team team, Map<Long, Member> people,
            List<Shift> sameStart, ZoneId zone, FeedKind kind) {
        Member member = shift.memberId == null ? null : people.get(shift.memberId);
        String who = member == null ? "Uncovered" : member.name;
        String summary = kind == FeedKind.MEMBER
                ? "On call: " + shift.name + " (" + team.name + ")"
                : who + " on call: " + shift.name + " (" + team.name + ")";
        StringBuilder description = new StringBuilder();
        description.append(shift.name).append(", ").append(shift.dayType.name().toLowerCase().replace('_', ' '))
                .append('\n');
        description.append("Takes over: ").append(TIME.format(shift.start.atZone(zone))).append('\n');
        description.append("Hands over: ").append(TIME.format(shift.end.atZone(zone))).append('\n');
        description.append("On call: ").append(who).append(contact(member)).append('\n');
        List<String> backups = sameStart == null ? List.of() : sameStart.stream()
                .filter(other -> !Objects.equals(other.id, shift.id) && other.memberId != null
                        && !Objects.equals(other.memberId, shift.memberId))
                .map(other -> people.get(other.memberId)).filter(Objects::nonNull)
                .map(backup -> backup.name + contact(backup)).toList();
        description.append("Backup: ").append(backups.isEmpty() ? "none (single cover)" : String.join("; ", backups));
        if (cancelled) {
            description.append("\nThis shift is no longer yours or no longer planned.");
        }
        return new ShiftEvent(shift, cancelled, summary, description.toString());
    }

    private static String contact(Member member) {
        if (member == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (member.phone != null) {
            parts.add(member.phone);
        }
        if (member.email != null) {
            parts.add(member.email);
        }
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    /** The latest change among the events, for Last-Modified. */
    public Instant lastModified(List<ShiftEvent> events, Feed feed) {
        return events.stream().map(e -> e.shift().updatedAt).max(Instant::compareTo).orElse(feed.createdAt);
    }

}
