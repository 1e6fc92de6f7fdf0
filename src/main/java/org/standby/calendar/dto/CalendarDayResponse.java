package org.standby.calendar.dto;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.standby.calendar.DayType;

@Schema(
        name = "CalendarDayResponse",
        description = "one day of a team's calendar: its day type, and the holiday "
                + "(or closure) and school period it falls on, if any, even when a day type of higher precedence wins")
public record CalendarDayResponse(
        LocalDate date,
        DayType dayType,

        @Schema(description = "name of the public holiday or closure day, or null")
        String holiday,

        @Schema(description = "name of the school period, or null")
        String period) {}
