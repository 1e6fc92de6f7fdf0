package org.standby.load.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.standby.leave.AbsenceKind;
import org.standby.policy.dto.PolicyDocument;

@Schema(
        name = "WhatIfRequest",
        description = "a changed team or policy over a range; every field but from and to is "
                + "optional. Nothing is stored.")
public record WhatIfRequest(
        @NotNull @Schema(description = "first day, inclusive")
        LocalDate from,

        @NotNull @Schema(description = "last day, inclusive")
        LocalDate to,

        @Size(max = 100) List<@NotNull @Valid Absence> absences,
        @Size(max = 20) List<@NotNull @Valid NewMember> addMembers,
        @Size(max = 100) List<@NotNull Long> removeMemberIds,

        @Valid @Schema(description = "a whole policy to try instead of the team's")
        PolicyDocument policy) {

    @Schema(name = "WhatIfAbsence", description = "hypothetical leave, whole days, start and end inclusive")
    public record Absence(
            @NotNull Long memberId,
            @NotNull LocalDate start,
            @NotNull LocalDate end,
            AbsenceKind kind) {}

    @Schema(name = "WhatIfMember", description = "a hypothetical member, active over the whole range")
    public record NewMember(
            @NotBlank @Size(max = 100) String name,
            @NotNull @DecimalMin("0.05") @DecimalMax("1.0") BigDecimal fte) {}

    public List<Absence> absencesOrEmpty() {
        return absences == null ? List.of() : absences;
    }

    public List<NewMember> addMembersOrEmpty() {
        return addMembers == null ? List.of() : addMembers;
    }

    public List<Long> removeMemberIdsOrEmpty() {
        return removeMemberIds == null ? List.of() : removeMemberIds;
    }
}
