package org.standby.feed;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/**
 * How a feed presents itself: its name, the zone its times are written in, how often clients should poll, and
 * optional reminders (minutes before each timed event).
 */
public record FeedSpec(String calendarName, ZoneId zone, Duration refreshInterval, List<Integer> alarmMinutesBefore) {

    public FeedSpec {
        alarmMinutesBefore = alarmMinutesBefore == null ? List.of() : List.copyOf(alarmMinutesBefore);
    }
}
