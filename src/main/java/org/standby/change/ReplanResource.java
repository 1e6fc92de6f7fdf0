package org.standby.change;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.standby.change.dto.ReplanChangeResponse;
import org.standby.change.dto.ReplanRequest;
import org.standby.rota.dto.PlanningResponse;
import org.standby.security.Roles;

@Path("/api/rotas/{rotaId}/replan")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Rotas")
public class ReplanResource {

    @Inject
    ReplanService replans;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR})
    @Operation(
            summary = "Re-plan a published rota from a date after sudden absence, changing as few shifts as "
                    + "possible (director); dryRun answers the changes without applying them")
    @APIResponse(
            responseCode = "200",
            description = "the changed shifts [{shiftId, fromMemberId, toMemberId}], "
                    + "by start; a shift nobody can take has no toMemberId and a gapReason. The search is bounded "
                    + "like a rota's (PlanningResponse: step and move budgets, a wall-clock cap of "
                    + "standby.engine.safety-cap); how it ended is in the Server-Timing header",
            headers =
                    @Header(
                            name = "Server-Timing",
                            description = "how the engine's search ended, when it searched (no open shift from "
                                    + "that date: no header): solve;dur=<milliseconds>;desc=\"<stoppedBy>, <solves> "
                                    + "search(es)\", for example solve;dur=840;desc=\"STEP_LIMIT, 1 search\". "
                                    + "stoppedBy and solves as in PlanningResponse",
                            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "invalid fields, e.g. from after the rota's end")
    @APIResponse(responseCode = "403", description = "not a director")
    @APIResponse(responseCode = "404", description = "no such rota visible to the caller")
    @APIResponse(
            responseCode = "409",
            description = "the rota is not published, or the rota or its team changed during both searches (the "
                    + "engine searches outside any transaction and plans once more after a change; nothing applied)")
    public RestResponse<List<ReplanChangeResponse>> replan(
            @PathParam("rotaId") long rotaId, @Valid @NotNull ReplanRequest request) {
        ReplanService.Replanned replanned = replans.replan(rotaId, request);
        RestResponse.ResponseBuilder<List<ReplanChangeResponse>> answer =
                RestResponse.ResponseBuilder.ok(replanned.changes());
        if (replanned.planning() != null) {
            answer.header("Server-Timing", serverTiming(replanned.planning()));
        }
        return answer.build();
    }

    /** The search's end as a Server-Timing entry (W3C Server Timing), which browsers' developer tools show. */
    static String serverTiming(PlanningResponse planning) {
        return "solve;dur=" + planning.solveMillis() + ";desc=\"" + planning.stoppedBy() + ", " + planning.solves()
                + (planning.solves() == 1 ? " search" : " searches") + "\"";
    }
}
