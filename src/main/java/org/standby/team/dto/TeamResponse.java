package org.standby.team.dto;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.LocalTime;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TeamResponse")
public record TeamResponse(
        long id,
        String name,
        String timeZone,
        String holidayRegion,

        @JsonFormat(pattern = "HH:mm") @Schema(type = SchemaType.STRING, examples = "08:00")
        LocalTime handoverTime,

        @Schema(description = "load threshold: hours on call a month for a full-time member")
        int maxHoursOnCallPerMonth,

        @Schema(description = "load threshold: weekends on call a month")
        int maxWeekendsPerMonth,

        @Schema(description = "load threshold: nights on call in a row")
        int maxNightsInARow,

        @Schema(description = "the stored version, also the ETag; send it back as If-Match to change the team")
        long version) {}
