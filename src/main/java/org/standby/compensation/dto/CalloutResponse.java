package org.standby.compensation.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.standby.compensation.CalloutStatus;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
        name = "CalloutResponse",
        description =
                "countedHours = max(minutes, calloutMinimumMinutes) x "
                        + "calloutMultiplier / 60 under the team's current policy; only CONFIRMED call-outs count in the ledger")
public record CalloutResponse(
        long id,
        long memberId,
        long shiftId,
        OffsetDateTime start,
        int minutes,
        double countedHours,
        String note,
        CalloutStatus status,
        String loggedBy,
        Instant loggedAt,
        String decidedBy,
        Instant decidedAt,
        String decisionNote) {}
