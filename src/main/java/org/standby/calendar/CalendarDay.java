package org.standby.calendar;

import java.time.LocalDate;

/**
 * One classified day: its day type, the name of the holiday or closure on it (if any) and the school period it
 * falls in (if any). The holiday and period are reported even when a day type of higher precedence wins.
 */
public record CalendarDay(LocalDate date, DayType dayType, String holiday, Period period) {}
