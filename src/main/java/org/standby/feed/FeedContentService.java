package org.standby.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
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
import org.standby.team.Member;
import org.standby.team.MemberService;
import org.standby.team.Team;

/**
 * What a feed shows, read straight from the published rotas: a member's shifts (and, for 30 days, the shifts
 * that left them, as cancelled events), or the whole team's.
 */
@ApplicationScoped
public class FeedContentService {

    static final Duration PAST = Duration.ofDays(30);
    static final Duration FUTURE = Duration.ofDays(400);
    static final Duration CANCELLED_KEPT = Duration.ofDays(30);
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("EEE d MMM HH:mm", java.util.Locale.ENGLISH);

    @Inject
    MemberService members;

    /** One shift as a feed shows it. */
    public record ShiftEvent(Shift shift, boolean cancelled, String summary, String description) {}

    private record SameShift(Long rotaId, Instant start) {}

    /** The team of the feed behind a token hash, revoked or not: a scalar lookup that loads no entity. */
    public Optional<Long> teamOf(String tokenHash) {
        return Feed.getEntityManager()
                .createQuery("select f.teamId from Feed f where f.tokenHash = :hash", Long.class)
                .setParameter("hash", tokenHash)
                .getResultStream()
                .findFirst();
    }

    /** The active feed of a token hash, or empty: unknown and revoked tokens are not told apart. */
    public Optional<Feed> resolve(String tokenHash) {
        return Feed.<Feed>find("tokenHash = ?1 and revokedAt is null", tokenHash)
                .firstResultOptional();
    }

    /** The shift events of a MEMBER or TEAM feed, sorted by start. */
    public List<ShiftEvent> shiftEvents(Feed feed, Team team, Instant now) {
        ZoneId zone = team.zone();
        Instant from = now.minus(PAST);
        Instant to = now.plus(FUTURE);
        Instant keptSince = now.minus(CANCELLED_KEPT);
        Map<Long, Member> people =
                members.membersOf(team.id).stream().collect(Collectors.toMap(m -> m.id, Function.identity()));
        // only rotas a feed may show: published ones, and archived ones for 30 days (as cancelled); never drafts,
        // not even as another shift's backup
        Map<Long, Rota> rotas = Rota.<Rota>list(
                        "teamId = ?1 and (status = ?2 or (status = ?3 and archivedAt > ?4))",
                        team.id,
                        RotaStatus.PUBLISHED,
                        RotaStatus.ARCHIVED,
                        keptSince)
                .stream()
                .collect(Collectors.toMap(r -> r.id, Function.identity()));
        List<Shift> all = rotas.isEmpty()
                ? List.of()
                : Shift.list(
                        "rotaId in ?1 and end > ?2 and start < ?3 order by start, slot, id", rotas.keySet(), from, to);
        // a backup is another person on the same shift of the same rota (a headcount above one)
        Map<SameShift, List<Shift>> byStart =
                all.stream().collect(Collectors.groupingBy(s -> new SameShift(s.rotaId, s.start)));

        List<ShiftEvent> events = new ArrayList<>();
        Set<Long> included = new HashSet<>();
        for (Shift shift : all) {
            Rota rota = rotas.get(shift.rotaId);
            boolean published = rota.status == RotaStatus.PUBLISHED;
            boolean mine = feed.kind == FeedKind.TEAM || Objects.equals(shift.memberId, feed.memberId);
            if (mine) {
                events.add(event(
                        shift,
                        !published,
                        team,
                        people,
                        byStart.get(new SameShift(shift.rotaId, shift.start)),
                        zone,
                        feed));
                included.add(shift.id);
            }
        }
        if (feed.kind == FeedKind.MEMBER) {
            List<ShiftDeparture> departures =
                    ShiftDeparture.list("memberId = ?1 and departedAt > ?2", feed.memberId, keptSince);
            Map<Long, Shift> byId = all.stream().collect(Collectors.toMap(s -> s.id, Function.identity()));
            for (ShiftDeparture departure : departures) {
                Shift shift = byId.get(departure.shiftId);
                if (shift != null && included.add(shift.id) && !Objects.equals(shift.memberId, feed.memberId)) {
                    events.add(event(
                            shift,
                            true,
                            team,
                            people,
                            byStart.get(new SameShift(shift.rotaId, shift.start)),
                            zone,
                            feed));
                }
            }
        }
        events.sort(java.util.Comparator.comparing((ShiftEvent e) -> e.shift().start)
                .thenComparing(e -> e.shift().id));
        return events;
    }

    private static ShiftEvent event(
            Shift shift,
            boolean cancelled,
            Team team,
            Map<Long, Member> people,
            List<Shift> sameStart,
            ZoneId zone,
            Feed feed) {
        FeedKind kind = feed.kind;
        boolean contacts = feed.withContacts;
        Member member = shift.memberId == null ? null : people.get(shift.memberId);
        String who = member == null ? "Uncovered" : member.name;
        String summary = kind == FeedKind.MEMBER
                ? "On call: " + shift.name + " (" + team.name + ")"
                : who + " on call: " + shift.name + " (" + team.name + ")";
        StringBuilder description = new StringBuilder();
        description
                .append(shift.name)
                .append(", ")
                .append(shift.dayType.name().toLowerCase().replace('_', ' '))
                .append('\n');
        description
                .append("Takes over: ")
                .append(TIME.format(shift.start.atZone(zone)))
                .append('\n');
        description
                .append("Hands over: ")
                .append(TIME.format(shift.end.atZone(zone)))
                .append('\n');
        description
                .append("On call: ")
                .append(who)
                .append(contacts ? contact(member) : "")
                .append('\n');
        List<String> backups = sameStart == null
                ? List.of()
                : sameStart.stream()
                        .filter(other -> !Objects.equals(other.id, shift.id)
                                && other.memberId != null
                                && !Objects.equals(other.memberId, shift.memberId))
                        .map(other -> people.get(other.memberId))
                        .filter(Objects::nonNull)
                        .map(backup -> backup.name + (contacts ? contact(backup) : ""))
                        .toList();
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
        return events.stream()
                .map(e -> e.shift().updatedAt)
                .max(Instant::compareTo)
                .orElse(feed.createdAt);
    }
}
