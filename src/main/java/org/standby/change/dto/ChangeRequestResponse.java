package org.standby.change.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.standby.change.ChangeStatus;
import org.standby.change.ChangeType;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
        name = "ChangeRequestResponse",
        description = "shiftMemberId and otherShiftMemberId are the holders when "
                + "the request was made. consentMemberId: the member whose consent a member's request needs before a "
                + "director decides (status AWAITING_CONSENT until they accept or decline). breaches: the coverage rules the "
                + "change breaks, as checked when it was made (and renewed on consent); once approved, the breaches accepted "
                + "with breachReason")
public record ChangeRequestResponse(
        long id,
        long teamId,
        long rotaId,
        ChangeType type,
        ChangeStatus status,
        long shiftId,
        Long shiftMemberId,
        Long otherShiftId,
        Long otherShiftMemberId,
        Long memberId,
        String reason,
        String requestedBy,
        Instant requestedAt,
        Long consentMemberId,
        String consentedBy,
        Instant consentedAt,
        String decidedBy,
        Instant decidedAt,
        String decisionNote,
        String breachReason,
        List<String> breaches) {}
