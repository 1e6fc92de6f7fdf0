package org.standby.leave.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.standby.leave.AbsenceKind;
import org.standby.leave.AbsenceStatus;

@Schema(
        name = "AbsenceRequest",
        description = "members request their own leave (status REQUESTED); directors may "
                + "enter it for anyone, as APPROVED by default")
public record AbsenceRequest(
        @NotNull Long memberId,

        @NotNull @Schema(description = "first day, inclusive")
        LocalDate start,

        @NotNull @Schema(description = "last day, inclusive")
        LocalDate end,

        @NotNull AbsenceKind kind,

        @Schema(description = "directors only: REQUESTED or APPROVED")
        AbsenceStatus status,

        @Size(max = 1000) String note) {}
