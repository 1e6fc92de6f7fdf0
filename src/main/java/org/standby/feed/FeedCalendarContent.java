package org.standby.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.standby.calendar.CalendarDay;
import org.standby.calendar.CalendarService;
import org.standby.calendar.SchoolPeriod;
import org.standby.team.Team;

/**
 * The all-day events of a team's CALENDAR feed: public holidays and closure days as the team's calendar has them
 * (a public holiday the school works through is left out), and the school periods.
 */
@ApplicationScoped
public class FeedCalendarContent {

    @Inject
    CalendarService calendar;

    public List<FeedAllDayEvent> events(Team team, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, team.zone());
        LocalDate from = today.minusDays(FeedContentService.PAST.toDays());
        LocalDate to = today.plusDays(FeedContentService.FUTURE.toDays());
        List<FeedAllDayEvent> events = new ArrayList<>();
        for (CalendarDay day : calendar.classifier(team.id, from, to).classify(from, to)) {
            if (day.holiday() != null) {
                events.add(new FeedAllDayEvent(
                        "holiday-" + team.id + "-" + day.date() + "@standby",
                        day.date(),
                        day.date(),
                        day.holiday() + " (holiday)",
                        "No school: " + day.holiday(),
                        team.createdAt));
            }
        }
        for (SchoolPeriod period : SchoolPeriod.<SchoolPeriod>list(
                "teamId = ?1 and endDate >= ?2 and startDate <= ?3 order by startDate", team.id, from, to)) {
            events.add(new FeedAllDayEvent(
                    "period-" + period.id + "@standby",
                    period.startDate,
                    period.endDate,
                    period.name + " (" + period.kind.name().toLowerCase() + ")",
                    period.kind.name(),
                    period.createdAt));
        }
        return events;
    }
}
