package org.standby.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.standby.calendar.HolidayCalendar;
import org.standby.calendar.PublicHoliday;
import org.standby.team.Team;

/** The all-day events of a team's CALENDAR feed: the public holidays of its region. */
@ApplicationScoped
public class FeedCalendarContent {

    @Inject
    HolidayCalendar holidays;

    public List<FeedAllDayEvent> events(Team team, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, team.zone());
        LocalDate from = today.minusDays(FeedContentService.PAST.toDays());
        LocalDate to = today.plusDays(FeedContentService.FUTURE.toDays());
        List<FeedAllDayEvent> events = new ArrayList<>();
        for (PublicHoliday holiday : holidays.holidays(team.holidayRegion, from, to)) {
            events.add(new FeedAllDayEvent("holiday-" + team.id + "-" + holiday.date() + "@standby", holiday.date(),
                    holiday.date(), holiday.name() + " (public holiday)", team.holidayRegion + " public holiday",
                    team.createdAt));
        }
        return events;
    }
}
