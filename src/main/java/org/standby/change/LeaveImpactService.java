package org.standby.change;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
 * of the first hit shift, with members' names. Nothing is stored or applied.
 */
@ApplicationScoped
public class LeaveImpactService implements LeaveImpact {

    @Inject
    Clock clock;

    @Inject
    TeamService teams;

    @Inject
    ReplanService replans;

    @Override
    public LeaveImpactResponse of(Absence absence) {
        Team team = teams.find(absence.teamId).orElseThrow();
        ZoneId zone = team.zone();
        List<Shift> hit = ShiftConflictService.hitShifts(
                team.id, absence.memberId, absence.startIn(zone), absence.endIn(zone), clock.instant());
        if (hit.isEmpty()) {
            return null;
        }
        Map<Long, String> names = new HashMap<>();
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
        List<LeaveImpactResponse.Replan> previews = new ArrayList<>();
        firstDayByRota.forEach((rotaId, from) -> {
            List<ReplanChangeResponse> changes =
                    replans.replan(rotaId, new ReplanRequest(from, "preview for the leave " + absence.id, true));
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
        return new LeaveImpactResponse(hitShifts, previews);
    }

    private static String name(Map<Long, String> names, Long memberId) {
        if (memberId == null) {
            return null;
        }
        return names.computeIfAbsent(
                memberId,
                id -> Member.<Member>findByIdOptional(id).map(m -> m.name).orElse(null));
    }
}
