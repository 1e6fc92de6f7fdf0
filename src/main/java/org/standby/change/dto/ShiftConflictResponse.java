package org.standby.change.dto;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.standby.leave.AbsenceKind;

@Schema(name = "ShiftConflictResponse", description = "a published shift whose member has approved leave then")
public record ShiftConflictResponse(
        long shiftId,
        long rotaId,
        String name,
        OffsetDateTime start,
        OffsetDateTime end,
        long memberId,
        long absenceId,
        AbsenceKind absenceKind,
        LocalDate absenceStart,
        LocalDate absenceEnd) {}
