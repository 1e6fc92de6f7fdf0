package org.standby.leave.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.standby.leave.AbsenceKind;
import org.standby.leave.AbsenceStatus;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
        name = "AbsenceResponse",
        description = "note and decisionNote are shown only to the member themself and "
                + "to directors. impact: only in the answer to approving leave (or entering approved leave) that hits "
                + "published shifts: those shifts and the re-plan preview")
public record AbsenceResponse(
        long id,
        long memberId,
        LocalDate start,
        LocalDate end,
        AbsenceKind kind,
        AbsenceStatus status,
        String note,
        String requestedBy,
        Instant requestedAt,
        String decidedBy,
        Instant decidedAt,
        String decisionNote,
        LeaveImpactResponse impact) {

    public AbsenceResponse withImpact(LeaveImpactResponse leaveImpact) {
        return new AbsenceResponse(
                id,
                memberId,
                start,
                end,
                kind,
                status,
                note,
                requestedBy,
                requestedAt,
                decidedBy,
                decidedAt,
                decisionNote,
                leaveImpact);
    }
}
