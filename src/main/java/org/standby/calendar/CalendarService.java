package org.standby.calendar;

import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.standby.team.Team;
import org.standby.team.TeamService;

/** The day types of a team's calendar (interim: public holidays and weekends; school periods come with issue 3). */
@ApplicationScoped
public class CalendarService {

    @Inject
    TeamService teams;

    public Map<LocalDate, DayType> dayTypes(long teamId, LocalDate from, LocalDate to) {
        Team team = teams.find(teamId).orElseThrow();
        String[] parts = team.holidayRegion.toLowerCase(Locale.ROOT).split("-", 2);
        HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(parts[0]));
        Set<LocalDate> holidays = new HashSet<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            manager.getHolidays(Year.of(year), parts.length == 1 ? new String[0] : new String[] {parts[1]})
                    .forEach(h -> holidays.add(h.getDate()));
        }
        Map<LocalDate, DayType> result = new LinkedHashMap<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            result.put(d, holidays.contains(d) ? DayType.PUBLIC_HOLIDAY : weekend ? DayType.WEEKEND : DayType.TERM);
        }
        return result;
    }
}
