package org.standby.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.standby.calendar.dto.CalendarDayResponse;
import org.standby.calendar.dto.HolidayResponse;
import org.standby.calendar.dto.RegionResponse;
import org.standby.common.InvalidFieldException;
import org.standby.common.NotFoundException;
import org.standby.team.Team;
import org.standby.team.TeamService;

/**
 * A team's calendar: each day's type from the region's public holidays, the team's closure and working days,
 * and its school periods, in the team's zone (dates are the team's local dates). Also the region lookups.
 */
@ApplicationScoped
public class CalendarService {

    /** The longest range one call may classify: {@code to} must be before {@code from} plus this many years. */
    public static final int MAX_YEARS = 2;

    @Inject
    Clock clock;

    @Inject
    TeamService teams;

    @Inject
    HolidayCalendar holidays;

    /** The public holidays of a region in a year (the current year in UTC if null). */
    public List<HolidayResponse> publicHolidays(String region, Long year) {
        if (region == null || region.isBlank()) {
            throw new InvalidFieldException(
                    "region",
                    "is required: an ISO 3166 code such as DE-HE, IT or GB-ENG (" + HolidayCalendar.REGIONS_ENDPOINT
                            + " lists all)");
        }
        long wanted = year == null ? LocalDate.now(clock).getYear() : year;
        if (wanted < 1900 || wanted > 2200) {
            throw new InvalidFieldException("year", "must be between 1900 and 2200");
        }
        holidays.requireSupported("region", region);
        return holidays.holidays(region, (int) wanted).stream()
                .map(h -> new HolidayResponse(h.date(), h.name()))
                .toList();
    }

    public List<RegionResponse> regions() {
        return holidays.regionNames().entrySet().stream()
                .map(e -> new RegionResponse(e.getKey(), e.getValue()))
                .toList();
    }

    /** The classified days of a team the caller may see, at most {@value #MAX_YEARS} years per call. */
    public List<CalendarDayResponse> days(long teamId, LocalDate from, LocalDate to) {
        Team team = teams.visibleTeam(teamId);
        if (to.isBefore(from)) {
            throw new InvalidFieldException("to", "must not be before from");
        }
        if (!to.isBefore(from.plusYears(MAX_YEARS))) {
            throw new InvalidFieldException(
                    "to", "at most " + MAX_YEARS + " years per call: to must be before " + from.plusYears(MAX_YEARS));
        }
        return classifier(team, from, to).classify(from, to).stream()
                .map(day -> new CalendarDayResponse(
                        day.date(),
                        day.dayType(),
                        day.holiday(),
                        day.period() == null ? null : day.period().name()))
                .toList();
    }

    /**
     * The day type of every date from {@code from} to {@code to} (inclusive) for a team, for the rota engine and
     * other services that have checked access themselves. No range limit.
     */
    public Map<LocalDate, DayType> dayTypes(long teamId, LocalDate from, LocalDate to) {
        Team team = teams.find(teamId).orElseThrow(() -> new NotFoundException("team", teamId));
        DayClassifier classifier = classifier(team, from, to);
        Map<LocalDate, DayType> result = new LinkedHashMap<>();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            result.put(date, classifier.dayType(date));
        }
        return result;
    }

    /**
     * The runs of dates from {@code from} to {@code to} that no school period covers and that hold a weekday
     * classified {@link DayType#TERM} only for that reason: where the team's school calendar is missing, so that
     * a rota says so instead of silently planning term days. Empty when periods cover every such weekday.
     */
    public List<DateRange> withoutSchoolPeriod(long teamId, LocalDate from, LocalDate to) {
        List<DateRange> ranges = new java.util.ArrayList<>();
        LocalDate runStart = null;
        boolean runHasTermDay = false;
        for (CalendarDay day : classifier(teamId, from, to).classify(from, to)) {
            if (day.period() == null) {
                runStart = runStart == null ? day.date() : runStart;
                runHasTermDay |= day.dayType() == DayType.TERM;
            } else {
                if (runStart != null && runHasTermDay) {
                    ranges.add(new DateRange(runStart, day.date().minusDays(1)));
                }
                runStart = null;
                runHasTermDay = false;
            }
        }
        if (runStart != null && runHasTermDay) {
            ranges.add(new DateRange(runStart, to));
        }
        return ranges;
    }

    /** A classifier that knows the team's holidays, overrides and periods within the range. */
    public DayClassifier classifier(long teamId, LocalDate from, LocalDate to) {
        return classifier(teams.find(teamId).orElseThrow(() -> new NotFoundException("team", teamId)), from, to);
    }

    private DayClassifier classifier(Team team, LocalDate from, LocalDate to) {
        Map<LocalDate, String> closures = new HashMap<>();
        Set<LocalDate> workingDays = new HashSet<>();
        for (DayOverride override :
                DayOverride.<DayOverride>list("teamId = ?1 and date >= ?2 and date <= ?3", team.id, from, to)) {
            if (override.kind == DayOverrideKind.CLOSURE) {
                closures.put(override.date, override.name);
            } else {
                workingDays.add(override.date);
            }
        }
        List<Period> periods =
                SchoolPeriod.<SchoolPeriod>list("teamId = ?1 and endDate >= ?2 and startDate <= ?3", team.id, from, to)
                        .stream()
                        .map(SchoolPeriod::toPeriod)
                        .toList();
        return new DayClassifier(
                DayClassifier.effectiveHolidays(holidays.holidays(team.holidayRegion, from, to), closures, workingDays),
                periods);
    }
}
