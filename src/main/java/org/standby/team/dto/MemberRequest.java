package org.standby.team.dto;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MemberRequest")
public record MemberRequest(
        @NotBlank @Size(max = 100) String name,
        @Email @Size(max = 254) String email,
        @Size(max = 40) String phone,

        @NotNull @DecimalMin(value = "0", inclusive = false, message = "must be more than 0") @DecimalMax(value = "1", message = "must be at most 1") @Schema(description = "full-time equivalent in (0, 1]", examples = "1.0")
        BigDecimal fte,

        @Schema(description = "first active day, inclusive") LocalDate activeFrom,
        @Schema(description = "last active day, inclusive") LocalDate activeUntil,

        @Schema(description = "login of this member, if they have one")
        String username,

        @Schema(
                description = "the version this change is based on, as read (also the ETag); when given and not the "
                        + "stored one nothing is written (409). Not on create.")
        Long version) {}
