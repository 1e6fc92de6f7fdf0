package org.standby.leave.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "LeaveImpactResponse",
        description = "what approving the leave does to published rotas: the shifts "
                + "of the member it hits (not ended yet), and per rota the re-plan preview (a dry run of POST "
                + "/api/rotas/{rotaId}/replan with the given from; nothing is applied until a director posts it)")
public record LeaveImpactResponse(List<HitShift> hitShifts, List<Replan> replans) {

    public LeaveImpactResponse {
        hitShifts = List.copyOf(hitShifts);
        replans = List.copyOf(replans);
    }

    @Schema(name = "LeaveHitShift")
    public record HitShift(
            long shiftId,
            long rotaId,
            String name,
            LocalDate date,
            OffsetDateTime start,
            OffsetDateTime end,
            long memberId,
            String memberName) {}

    @Schema(name = "LeaveReplanPreview", description = "apply with POST /api/rotas/{rotaId}/replan " + "{from, reason}")
    public record Replan(long rotaId, LocalDate from, List<Change> changes) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(
            name = "LeaveReplanChange",
            description =
                    "one shift the re-plan would change; no toMemberId: a gap " + "nobody can take, with gapReason")
    public record Change(
            long shiftId,
            OffsetDateTime start,
            String name,
            Long fromMemberId,
            String fromMemberName,
            Long toMemberId,
            String toMemberName,
            String gapReason) {}
}
