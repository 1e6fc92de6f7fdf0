package org.standby.feed.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FeedRequest", description = "all optional")
public record FeedRequest(
        @Size(max = 3) @Schema(description = "reminders, minutes before each shift, e.g. [60, 1440]")
        List<@NotNull @Min(0) @Max(10080) Integer> alarmMinutes,

        @Schema(description = "team feeds only: CALENDAR for public holidays and school periods instead of shifts")
        Boolean calendar) {}
