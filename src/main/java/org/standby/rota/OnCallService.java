package org.standby.rota;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.standby.common.NotFoundException;
import org.standby.common.TeamRevisions;
import org.standby.rota.dto.OnCallResponse;
import org.standby.security.Caller;
import org.standby.security.CallerService;
import org.standby.team.Member;
import org.standby.team.MemberService;
import org.standby.team.Team;
import org.standby.team.TeamService;

/**
 * Who is on call now: published shifts only, contact details for everyone but plain viewers.
 *
 * <p>What the intranet widget polls, so it is served from memory: per team, the last answer is kept with the
 * team's {@link TeamRevisions revision} read before it was computed and the span of time it holds for (from the
 * instant asked until the next start or end of a published shift). Any committed change to the team's shifts,
 * rotas, members or the team itself raises the revision, so the next request computes afresh; between changes a
 * lookup costs no database read at all (the caller comes from the login caches too).
 */
@ApplicationScoped
public class OnCallService {

    /** The people on call during [from, until) with every detail; viewers get a copy without contacts. */
    private record Snapshot(
            long revision, Instant from, Instant until, ZoneId zone, List<OnCallResponse.OnCall> people) {

        boolean holds(long currentRevision, Instant at) {
            return revision == currentRevision && !at.isBefore(from) && at.isBefore(until);
        }
    }

    @Inject
    Clock clock;

    @Inject
    CallerService callers;

    @Inject
    TeamService teams;

    @Inject
    MemberService members;

    @Inject
    TeamRevisions revisions;

    private final Map<Long, Snapshot> snapshots = new ConcurrentHashMap<>();

    /**
     * Who is on call at the instant (default now). From memory on the calling thread (the event loop) when the
     * caller and the team's snapshot are both in memory; else on a worker thread, which may read the database.
     */
    public Uni<OnCallResponse> lookup(long teamId, Instant at) {
        Instant instant = at == null ? clock.instant() : at;
        Optional<Caller> caller = callers.known();
        Snapshot snapshot = snapshots.get(teamId);
        if (caller.isPresent() && snapshot != null && snapshot.holds(revisions.current(teamId), instant)) {
            if (!caller.get().sees(teamId)) {
                throw new NotFoundException("team", teamId);
            }
            return Uni.createFrom().item(answer(caller.get(), snapshot, instant));
        }
        return Uni.createFrom()
                .item(() -> QuarkusTransaction.joiningExisting().call(() -> at(teamId, instant)))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    /** The same lookup on a thread that may block (reads the database when the snapshot does not hold). */
    private OnCallResponse at(long teamId, Instant at) {
        Caller caller = callers.requireSees(teamId);
        Instant instant = at == null ? clock.instant() : at;
        long revision = revisions.current(teamId);
        Snapshot snapshot = snapshots.get(teamId);
        if (snapshot == null || !snapshot.holds(revision, instant)) {
            snapshot = compute(teamId, instant, revision);
            Instant now = clock.instant();
            if (!instant.isBefore(now.minusSeconds(60)) && !instant.isAfter(now.plusSeconds(60))) {
                snapshots.put(teamId, snapshot); // keep "now", not lookups of another time
            }
        }
        return answer(caller, snapshot, instant);
    }

    private static OnCallResponse answer(Caller caller, Snapshot snapshot, Instant instant) {
        List<OnCallResponse.OnCall> people = caller.seesContactDetails()
                ? snapshot.people()
                : snapshot.people().stream()
                        .map(p -> new OnCallResponse.OnCall(
                                p.shiftId(), p.shiftName(), p.start(), p.end(), p.memberId(), p.name(), null, null))
                        .toList();
        return new OnCallResponse(instant.atZone(snapshot.zone()).toOffsetDateTime(), people);
    }

    /** A few indexed reads: the team, the shifts covering the instant, their members, the next shift start. */
    private Snapshot compute(long teamId, Instant instant, long revision) {
        Team team = teams.find(teamId).orElseThrow(() -> new NotFoundException("team", teamId));
        ZoneId zone = team.zone();
        List<Shift> shifts = Shift.list(
                "teamId = ?1 and start <= ?2 and end > ?2 and rotaId in "
                        + "(select r.id from Rota r where r.status = ?3) order by slot, id",
                teamId,
                instant,
                RotaStatus.PUBLISHED);
        Instant nextStart = Shift.getEntityManager()
                .createQuery(
                        "select min(s.start) from Shift s where "
                                + "s.teamId = ?1 and s.start > ?2 and s.rotaId in (select r.id from Rota r where r.status = ?3)",
                        Instant.class)
                .setParameter(1, teamId)
                .setParameter(2, instant)
                .setParameter(3, RotaStatus.PUBLISHED)
                .getSingleResult();
        Instant until = shifts.stream()
                .map(shift -> shift.end)
                .reduce(nextStart == null ? Instant.MAX : nextStart, (a, b) -> a.isBefore(b) ? a : b);
        Map<Long, Member> people = shifts.stream()
                .map(shift -> shift.memberId)
                .filter(id -> id != null)
                .distinct()
                .map(id -> members.find(id).orElse(null))
                .filter(member -> member != null)
                .collect(Collectors.toMap(member -> member.id, Function.identity()));
        List<OnCallResponse.OnCall> onCall = shifts.stream()
                .map(shift -> {
                    Member member = shift.memberId == null ? null : people.get(shift.memberId);
                    return new OnCallResponse.OnCall(
                            shift.id,
                            shift.name,
                            shift.start.atZone(zone).toOffsetDateTime(),
                            shift.end.atZone(zone).toOffsetDateTime(),
                            shift.memberId,
                            member == null ? null : member.name,
                            member == null ? null : member.email,
                            member == null ? null : member.phone);
                })
                .toList();
        return new Snapshot(revision, instant, until, zone, onCall);
    }
}
