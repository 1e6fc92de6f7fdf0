package org.standby.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.standby.audit.AuditService;
import org.standby.calendar.dto.DayOverrideRequest;
import org.standby.calendar.dto.DayOverrideResponse;
import org.standby.common.ConflictException;
import org.standby.common.InvalidFieldException;
import org.standby.common.NotFoundException;
import org.standby.security.Caller;
import org.standby.security.CallerService;
import org.standby.team.Team;
import org.standby.team.TeamService;

/**
 * A team's closure days (added to its public holidays) and working days (public holidays of its region the
 * school works through). One override per day; everyone in the team reads them, directors and admins write.
 */
@ApplicationScoped
public class DayOverrideService {

    @Inject
    Clock clock;

    @Inject
    CallerService callers;

    @Inject
    TeamService teams;

    @Inject
    HolidayCalendar holidays;

    @Inject
    AuditService audit;

    public List<DayOverrideResponse> list(long teamId, LocalDate from, LocalDate to) {
        teams.visibleTeam(teamId);
        LocalDate start = from == null ? LocalDate.of(1900, 1, 1) : from;
        LocalDate end = to == null ? LocalDate.of(9999, 12, 31) : to;
        return DayOverride.<DayOverride>list(
                        "teamId = ?1 and date >= ?2 and date <= ?3 order by date", teamId, start, end)
                .stream()
                .map(DayOverrideService::toResponse)
                .toList();
    }

    @Transactional
    public DayOverrideResponse create(long teamId, DayOverrideRequest request) {
        Caller caller = callers.requireDirects(teamId);
        Team team = teams.visibleTeam(teamId);
        String name = request.name() == null || request.name().isBlank()
                ? null
                : request.name().strip();
        if (request.kind() == DayOverrideKind.CLOSURE && name == null) {
            throw new InvalidFieldException("name", "a closure day needs a name, such as 'Founders' Day'");
        }
        if (request.kind() == DayOverrideKind.WORKING_DAY) {
            PublicHoliday holiday = holidays.holidays(team.holidayRegion, request.date(), request.date()).stream()
                    .findFirst()
                    .orElseThrow(() -> new InvalidFieldException(
                            "date",
                            request.date() + " is no public holiday in " + team.holidayRegion
                                    + "; only those can be worked through"));
            name = name == null ? holiday.name() : name;
        }
        DayOverride existing = DayOverride.<DayOverride>find("teamId = ?1 and date = ?2", teamId, request.date())
                .firstResult();
        if (existing != null) {
            throw new ConflictException(request.date() + " already has override " + existing.id + " ("
                    + existing.kind + (existing.name == null ? "" : " '" + existing.name + "'")
                    + "); delete it first");
        }
        DayOverride override = new DayOverride();
        override.teamId = teamId;
        override.date = request.date();
        override.kind = request.kind();
        override.name = name;
        override.createdAt = clock.instant();
        override.createdBy = caller.name();
        override.persist();
        audit.record(
                teamId,
                "calendar-override.create",
                "calendar_day_override",
                override.id,
                null,
                auditView(override),
                null,
                null);
        return toResponse(override);
    }

    @Transactional
    public void delete(long teamId, long overrideId) {
        callers.requireDirects(teamId);
        teams.visibleTeam(teamId);
        DayOverride override = DayOverride.<DayOverride>find("id = ?1 and teamId = ?2", overrideId, teamId)
                .firstResultOptional()
                .orElseThrow(() -> new NotFoundException("calendar override", overrideId));
        audit.record(
                teamId,
                "calendar-override.delete",
                "calendar_day_override",
                override.id,
                auditView(override),
                null,
                null,
                null);
        override.delete();
    }

    private static Object auditView(DayOverride o) {
        return Map.of("date", o.date.toString(), "kind", o.kind, "name", o.name == null ? "" : o.name);
    }

    static DayOverrideResponse toResponse(DayOverride o) {
        return new DayOverrideResponse(o.id, o.date, o.kind, o.name);
    }
}
