package org.standby.calendar.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.standby.calendar.DayOverrideKind;

@Schema(
        name = "DayOverrideRequest",
        description = "CLOSURE adds a closure day of the school (name required); "
                + "WORKING_DAY removes a public holiday of the team's region that the school works through")
public record DayOverrideRequest(
        @NotNull LocalDate date,
        @NotNull DayOverrideKind kind,
        @Size(max = 200) @Schema(examples = "Founders' Day") String name) {}
