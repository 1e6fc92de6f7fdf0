package org.standby.compensation.dto;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TimeOffRequest", description = "time off in lieu a member took, recorded by a director")
public record TimeOffRequest(
        @NotNull Long memberId,
        @NotNull LocalDate date,

        @NotNull @Positive @DecimalMax("200") @Digits(integer = 3, fraction = 2) @Schema(description = "hours taken, up to two decimals")
        BigDecimal hours,

        @Size(max = 1000) String note) {}
