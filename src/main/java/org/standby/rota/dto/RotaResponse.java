package org.standby.rota.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.standby.rota.RotaStatus;

@Schema(
        name = "RotaResponse",
        description = "gaps counts the shifts nobody could take (see their gapReason); "
                + "warnings name what the plan rests on that may be wrong (dates without a school calendar); "
                + "planning (only in the answer of generating or regenerating) says how the engine's search ended")
public record RotaResponse(
        long id,
        long teamId,
        String name,
        LocalDate from,
        LocalDate to,
        RotaStatus status,
        long version,
        int shifts,
        int gaps,
        List<RotaWarning> warnings,

        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(
                description = "how the search for this draft ended; only in the answer of POST .../rotas and "
                        + "POST /api/rotas/{rotaId}/regenerate")
        PlanningResponse planning) {

    /** The same rota with how its planning ended. */
    public RotaResponse withPlanning(PlanningResponse planning) {
        return new RotaResponse(id, teamId, name, from, to, status, version, shifts, gaps, warnings, planning);
    }
}
