package org.standby.rota.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.standby.calendar.DateRange;

@Schema(
        name = "RotaWarning",
        description =
                "something the rota was planned on that the director should know; "
                        + "code NO_SCHOOL_CALENDAR: no school period covers these dates, so their weekdays were planned as term days")
public record RotaWarning(
        @Schema(examples = "NO_SCHOOL_CALENDAR") String code,
        String message,

        @Schema(description = "the dates concerned, both ends inclusive")
        List<DateRange> dates) {

    public static final String NO_SCHOOL_CALENDAR = "NO_SCHOOL_CALENDAR";
}
