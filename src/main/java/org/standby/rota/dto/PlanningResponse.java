package org.standby.rota.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.standby.rota.engine.RotaResult;
import org.standby.rota.engine.SearchEnd;

@Schema(
        name = "PlanningResponse",
        description = "how the engine's search for this rota ended and how long it took. The search is bounded: it "
                + "stops after standby.engine.step-limit steps (default 8000) or unimproved-step-limit steps "
                + "without a better rota (3000), or after its move budget (at most standby.engine.move-limit, "
                + "60000), with a wall-clock safety cap standby.engine.safety-cap (PT60S)")
public record PlanningResponse(
        @Schema(description = "wall-clock milliseconds the engine spent on the rota that was stored")
        long solveMillis,

        @Schema(
                description = "what ended the search: STEP_LIMIT or MOVE_LIMIT (its step or move budget was used "
                        + "up: the normal ends), TIME_CAP (the wall-clock safety cap; the rota may then differ between "
                        + "runs) or NOTHING_TO_SEARCH")
        SearchEnd stoppedBy,

        @Schema(
                description = "how often the engine searched: 2 when the team changed during the first search "
                        + "and the rota was planned again on the new data")
        int solves) {

    public static PlanningResponse of(RotaResult result, int solves) {
        return new PlanningResponse(result.solveTime().toMillis(), result.searchEnd(), solves);
    }
}
