package org.standby.compensation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.standby.audit.AuditService;
import org.standby.common.InvalidFieldException;
import org.standby.compensation.dto.TimeOffRequest;
import org.standby.compensation.dto.TimeOffResponse;
import org.standby.security.Caller;
import org.standby.security.CallerService;
import org.standby.team.Member;
import org.standby.team.TeamService;

/** Time off in lieu: recorded by a director, seen by directors and by the member it belongs to. */
@ApplicationScoped
public class TimeOffService {

    @Inject
    Clock clock;

    @Inject
    CallerService callers;

    @Inject
    TeamService teams;

    @Inject
    AuditService audit;

    @Transactional
    public TimeOffResponse record(long teamId, TimeOffRequest request) {
        Caller caller = callers.requireDirects(teamId);
        teams.visibleTeam(teamId);
        Member member = Member.<Member>find("id = ?1 and teamId = ?2", request.memberId(), teamId)
                .firstResultOptional()
                .orElseThrow(() ->
                        new InvalidFieldException("memberId", "no member " + request.memberId() + " in this team"));
        TimeOff entry = new TimeOff();
        entry.teamId = teamId;
        entry.memberId = member.id;
        entry.date = request.date();
        entry.hours = request.hours();
        entry.note = request.note();
        entry.recordedBy = caller.name();
        entry.recordedAt = clock.instant();
        entry.persist();
        audit.record(
                teamId,
                "timeoff.record",
                "time-off",
                entry.id,
                null,
                Map.of("memberId", member.id, "date", entry.date.toString(), "hours", entry.hours),
                null,
                null);
        return toResponse(entry);
    }

    /** Time off of the team in a date range (either end open); members see their own only. */
    public List<TimeOffResponse> list(long teamId, LocalDate from, LocalDate to) {
        teams.visibleTeam(teamId);
        Caller caller = callers.current();
        LocalDate start = from == null ? LocalDate.of(1900, 1, 1) : from;
        LocalDate end = to == null ? LocalDate.of(9999, 12, 31) : to;
        if (end.isBefore(start)) {
            throw new InvalidFieldException("to", "must not be before from");
        }
        List<TimeOff> entries;
        if (caller.directs(teamId)) {
            entries = TimeOff.list("teamId = ?1 and date >= ?2 and date <= ?3 order by date, id", teamId, start, end);
        } else {
            Long own = Member.idOf(teamId, caller.name());
            entries = own == null
                    ? List.of()
                    : TimeOff.list(
                            "teamId = ?1 and memberId = ?2 and date >= ?3 and date <= ?4 order by date, id",
                            teamId,
                            own,
                            start,
                            end);
        }
        return entries.stream().map(TimeOffService::toResponse).toList();
    }

    /** Time off of a team dated in the range, for the ledger. */
    public List<CompensationCalculator.TimeOffEntry> taken(long teamId, LocalDate from, LocalDate to) {
        return TimeOff.<TimeOff>list("teamId = ?1 and date >= ?2 and date <= ?3", teamId, from, to).stream()
                .map(t -> new CompensationCalculator.TimeOffEntry(
                        String.valueOf(t.memberId), t.date, t.hours.doubleValue()))
                .toList();
    }

    private static TimeOffResponse toResponse(TimeOff t) {
        return new TimeOffResponse(t.id, t.memberId, t.date, t.hours, t.note, t.recordedBy, t.recordedAt);
    }
}
