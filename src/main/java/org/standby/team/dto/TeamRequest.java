package org.standby.team.dto;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TeamRequest")
public record TeamRequest(
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Schema(examples = "Europe/Berlin", description = "IANA time zone") String timeZone,
        @NotBlank @Schema(examples = "DE-HE", description = "ISO 3166 country or subdivision") String holidayRegion,
        @NotNull @JsonFormat(pattern = "HH:mm") @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, examples = "08:00") LocalTime handoverTime) {
}
