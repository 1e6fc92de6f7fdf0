package org.standby.change;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.standby.change.dto.ShiftConflictResponse;
import org.standby.leave.Absence;
import org.standby.leave.AbsenceApproved;
import org.standby.leave.AbsenceStatus;
import org.standby.rota.RotaStatus;
import org.standby.rota.Shift;
import org.standby.security.CallerService;
import org.standby.team.Team;
import org.standby.team.TeamService;

/**
 * Open conflicts: published shifts, not ended yet, whose member has approved leave overlapping them. Computed from
 * the shifts and the leave whenever asked, never stored, so a swap, cover or re-plan resolves a conflict by itself.
 */
@ApplicationScoped
public class ShiftConflictService {

    @Inject
    Clock clock;

    @Inject
    CallerService callers;

    @Inject
    TeamService teams;

    @Inject
    Event<ShiftConflictsFound> conflictsFound;

    /** The team's open conflicts by shift start (directors). */
    public List<ShiftConflictResponse> list(long teamId) {
        callers.requireDirects(teamId);
        Team team = teams.visibleTeam(teamId);
        ZoneId zone = team.zone();
        Instant now = clock.instant();
        LocalDate today = now.atZone(zone).toLocalDate();
        List<ShiftConflictResponse> result = new ArrayList<>();
        for (Absence absence : Absence.<Absence>list(
                "teamId = ?1 and status = ?2 and endDate >= ?3 order by id",
                teamId,
                AbsenceStatus.APPROVED,
                today.minusDays(1))) {
            for (Shift shift : hitShifts(teamId, absence.memberId, absence.startIn(zone), absence.endIn(zone), now)) {
                result.add(new ShiftConflictResponse(
                        shift.id,
                        shift.rotaId,
                        shift.name,
                        shift.start.atZone(zone).toOffsetDateTime(),
                        shift.end.atZone(zone).toOffsetDateTime(),
                        shift.memberId,
                        absence.id,
                        absence.kind,
                        absence.startDate,
                        absence.endDate));
            }
        }
        result.sort(Comparator.comparing(ShiftConflictResponse::start)
                .thenComparing(ShiftConflictResponse::shiftId)
                .thenComparing(ShiftConflictResponse::absenceId));
        return result;
    }

    /** Runs inside the approving transaction: announces the published shifts the new leave hits, if any. */
    void onAbsenceApproved(@Observes AbsenceApproved approved) {
        List<Long> shiftIds =
                hitShifts(approved.teamId(), approved.memberId(), approved.start(), approved.end(), clock.instant())
                        .stream()
                        .map(shift -> shift.id)
                        .toList();
        if (!shiftIds.isEmpty()) {
            conflictsFound.fire(
                    new ShiftConflictsFound(approved.teamId(), approved.memberId(), approved.absenceId(), shiftIds));
        }
    }

    static List<Shift> hitShifts(long teamId, long memberId, Instant start, Instant end, Instant now) {
        Instant from = start.isAfter(now) ? start : now;
        return Shift.list(
                "teamId = ?1 and memberId = ?2 and start < ?3 and end > ?4 and rotaId in "
                        + "(select r.id from Rota r where r.status = ?5) order by start, id",
                teamId,
                memberId,
                end,
                from,
                RotaStatus.PUBLISHED);
    }
}
