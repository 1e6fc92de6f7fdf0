package org.standby.change;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.standby.change.dto.ReplanChangeResponse;
import org.standby.change.dto.ReplanRequest;
import org.standby.common.ConflictException;
import org.standby.common.NotFoundException;
import org.standby.leave.Absence;
import org.standby.leave.LeaveImpact;
import org.standby.leave.dto.LeaveImpactResponse;
import org.standby.rota.Shift;
import org.standby.team.Member;
import org.standby.team.Team;
import org.standby.team.TeamService;

/**
 * Approved leave's impact, for the director who approves it: the published shifts it hits (the open conflicts of
 * {@link ShiftConflictService}) and, for each rota they belong to, the {@link ReplanService} dry run from the day
 * of the first hit shift, with members' names. Nothing is stored or applied. It runs after the leave is committed:
 * the hit shifts are read in a short transaction, the dry runs search outside any.
 */
@ApplicationScoped
public class LeaveImpactService implements LeaveImpact {

    @Inject
    Clock clock;

    @Inject
    TeamService teams;

    @Inject
    ReplanService replans;

    /** The shifts the leave hits, with the names of the team's members, as read in one short transaction. */
    private record Hits(
            List<LeaveImpactResponse.HitShift> shifts, Map<Long, LocalDate> firstDayByRota, Map<Long, String> names) {}

    @Override
    @Transactional(Transactional.TxType.NEVER)
    public LeaveImpactResponse of(Absence absence) {
        Hits hits = QuarkusTransaction.requiringNew().call(() -> hits(absence));
        if (hits == null) {
            return null;
        }
        Map<Long, String> names = hits.names();
        List<LeaveImpactResponse.Replan> previews = new ArrayList<>();
        hits.firstDayByRota().forEach((rotaId, from) -> {
            List<ReplanChangeResponse> changes;
            try {
                // a dry run: reads in a short transaction of its own, searches outside any
                changes = replans.replan(rotaId, new ReplanRequest(from, "preview for the leave " + absence.id, true))
                        .changes();
            } catch (ConflictException | NotFoundException e) {
                return; // the rota was archived or deleted since the leave was stored: nothing to preview
            }
            previews.add(new LeaveImpactResponse.Replan(
                    rotaId,
                    from,
                    changes.stream()
                            .map(c -> new LeaveImpactResponse.Change(
                                    c.shiftId(),
                                    c.start(),
                                    c.name(),
                                    c.fromMemberId(),
                                    name(names, c.fromMemberId()),
                                    c.toMemberId(),
                                    name(names, c.toMemberId()),
                                    c.gapReason()))
                            .toList()));
        });
        return new LeaveImpactResponse(hits.shifts(), previews);
    }

    private Hits hits(Absence absence) {
        Team team = teams.find(absence.teamId).orElseThrow();
        ZoneId zone = team.zone();
        List<Shift> hit = ShiftConflictService.hitShifts(
                team.id, absence.memberId, absence.startIn(zone), absence.endIn(zone), clock.instant());
        if (hit.isEmpty()) {
            return null;
        }
        Map<Long, String> names = new HashMap<>();
        for (Member member : Member.<Member>list("teamId", team.id)) {
            names.put(member.id, member.name);
        }
        List<LeaveImpactResponse.HitShift> hitShifts = new ArrayList<>();
        Map<Long, LocalDate> firstDayByRota = new LinkedHashMap<>();
        for (Shift shift : hit) {
            hitShifts.add(new LeaveImpactResponse.HitShift(
                    shift.id,
                    shift.rotaId,
                    shift.name,
                    shift.date,
                    shift.start.atZone(zone).toOffsetDateTime(),
                    shift.end.atZone(zone).toOffsetDateTime(),
                    shift.memberId,
                    name(names, shift.memberId)));
            firstDayByRota.merge(shift.rotaId, shift.date, (a, b) -> a.isBefore(b) ? a : b);
        }
        return new Hits(hitShifts, firstDayByRota, names);
    }

    private static String name(Map<Long, String> names, Long memberId) {
        return memberId == null ? null : names.get(memberId);
    }
}
