package org.standby.change.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.standby.change.ChangeType;

@Schema(
        name = "ChangeRequestRequest",
        description = "SWAP: the holders of shiftId and otherShiftId exchange them. "
                + "COVER: memberId (default: the requesting member) takes shiftId. Members may only ask for changes "
                + "involving their own shifts or themselves.")
public record ChangeRequestRequest(
        @NotNull ChangeType type,
        @NotNull Long shiftId,

        @Schema(description = "SWAP only: the shift given in exchange")
        Long otherShiftId,

        @Schema(description = "COVER: who takes the shift; SWAP: optional, must hold shiftId")
        Long memberId,

        @NotBlank @Size(max = 1000) String reason) {}
