package org.standby.rota;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.standby.common.ListAnswer;
import org.standby.rota.dto.RotaRequest;
import org.standby.rota.dto.RotaResponse;
import org.standby.security.Roles;

@Path("/api/teams/{teamId}/rotas")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Rotas")
public class TeamRotaResource {

    @Inject
    RotaService rotas;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR})
    @Operation(
            summary =
                    "Generate a DRAFT rota for a date range from the team's policy, calendar and leave " + "(director)")
    @APIResponse(
            responseCode = "201",
            description = "the draft; shifts nobody could take are counted as gaps; planning says how the engine's "
                    + "search ended and how long it took (bounded by standby.engine.step-limit, default 8000 steps, "
                    + "move-limit 60000 moves and the wall-clock safety-cap PT60S; planned once more, so at most "
                    + "twice that, when the team changed during the search)")
    @APIResponse(responseCode = "400", description = "invalid range (to before from, more than 400 days)")
    @APIResponse(responseCode = "403", description = "not a director of this team")
    @APIResponse(responseCode = "404", description = "no such team, or not the caller's")
    @APIResponse(
            responseCode = "409",
            description = "the team (leave, members, policy, calendar) changed during both searches; nothing stored")
    public Response create(
            @PathParam("teamId") long teamId, @Valid @NotNull RotaRequest request, @Context UriInfo uriInfo) {
        RotaResponse created = rotas.create(teamId, request);
        return Response.created(uriInfo.getBaseUriBuilder()
                        .path("api/rotas/" + created.id())
                        .build())
                .entity(created)
                .build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MEMBER, Roles.VIEWER})
    @Operation(summary = "A team's rotas (drafts only for directors)")
    @APIResponse(
            responseCode = "200",
            description =
                    "rotas by start date: a plain array without page and size (deprecated, for one release; Deprecation header), else a page {items, page, size, total}")
    @APIResponse(responseCode = "400", description = "invalid page or size")
    @APIResponse(responseCode = "404", description = "no such team, or not the caller's")
    @Parameter(name = "page", in = ParameterIn.QUERY, description = "page number, from 0")
    @Parameter(name = "size", in = ParameterIn.QUERY, description = "items per page, 1 to 200 (default 50)")
    public Response list(@PathParam("teamId") long teamId, @Context UriInfo uriInfo) {
        return ListAnswer.of(uriInfo, rotas.list(teamId));
    }
}
