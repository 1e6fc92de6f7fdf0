package org.standby.team.dto;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TeamRequest")
public record TeamRequest(
        @NotBlank @Size(max = 100) String name,

        @NotBlank @Schema(examples = "Europe/Berlin", description = "IANA time zone")
        String timeZone,

        @NotBlank @Schema(examples = "DE-HE", description = "ISO 3166 country or subdivision")
        String holidayRegion,

        @NotNull @JsonFormat(pattern = "HH:mm")
        @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, examples = "08:00")
        LocalTime handoverTime,

        @Min(1) @Max(744) @Schema(
                examples = "160",
                description = "load threshold: hours on call a calendar month "
                        + "for a full-time member (scaled by FTE); the engine keeps within it where it can; omitted: "
                        + "160 on create, unchanged on update")
        Integer maxHoursOnCallPerMonth,

        @Min(0) @Max(5) @Schema(
                examples = "2",
                description =
                        "load threshold: weekends on call a month; omitted: " + "2 on create, unchanged on update")
        Integer maxWeekendsPerMonth,

        @Min(1) @Max(31) @Schema(
                examples = "3",
                description = "load threshold: nights on call in a row; omitted: " + "3 on create, unchanged on update")
        Integer maxNightsInARow,

        @Schema(
                description = "the version this change is based on, as read (also the ETag); when given and not the "
                        + "stored one nothing is written (409). Not on create.")
        Long version) {

    /** A team with the default load thresholds. */
    public TeamRequest(String name, String timeZone, String holidayRegion, LocalTime handoverTime) {
        this(name, timeZone, holidayRegion, handoverTime, null, null, null, null);
    }
}
