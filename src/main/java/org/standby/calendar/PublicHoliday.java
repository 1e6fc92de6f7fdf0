package org.standby.calendar;

import java.time.LocalDate;

/** A public holiday of a region: the day off (a substitute day where the region moves it) and its English name. */
public record PublicHoliday(LocalDate date, String name) {}
