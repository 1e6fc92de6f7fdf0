package org.standby.calendar.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.standby.calendar.PeriodKind;

@Schema(name = "PeriodRequest", description = "a school period; it must not overlap the team's other periods")
public record PeriodRequest(
        @NotBlank @Size(max = 200) @Schema(examples = "Sommerferien 2027")
        String name,

        @NotNull PeriodKind kind,

        @NotNull @Schema(description = "first day, inclusive")
        LocalDate start,

        @NotNull @Schema(description = "last day, inclusive")
        LocalDate end) {}
