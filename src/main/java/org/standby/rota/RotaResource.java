package org.standby.rota;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.standby.rota.dto.FairnessResponse;
import org.standby.rota.dto.RotaResponse;
import org.standby.security.Roles;

@Path("/api/rotas")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Rotas")
public class RotaResource {

    @Inject
    RotaService rotas;

    @GET
    @Path("/{rotaId}")
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MEMBER, Roles.VIEWER})
    @Operation(summary = "One rota")
    @APIResponse(responseCode = "200", description = "the rota")
    @APIResponse(responseCode = "404", description = "no such rota visible to the caller")
    public RotaResponse get(@PathParam("rotaId") long rotaId) {
        return rotas.get(rotaId);
    }

    @DELETE
    @Path("/{rotaId}")
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR})
    @Operation(summary = "Delete a draft rota (director)")
    @APIResponse(responseCode = "204", description = "deleted")
    @APIResponse(responseCode = "409", description = "not a draft")
    public void delete(@PathParam("rotaId") long rotaId) {
        rotas.deleteDraft(rotaId);
    }

    @GET
    @Path("/{rotaId}/shifts")
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MEMBER, Roles.VIEWER})
    @Operation(summary = "The rota's shifts, by start")
    @APIResponse(
            responseCode = "200",
            description =
                    "shifts; memberId is absent for gaps, with gapReason: a plain array without page and size (deprecated, for one release; Deprecation header), else a page {items, page, size, total}")
    @APIResponse(responseCode = "400", description = "invalid page or size")
    @APIResponse(responseCode = "404", description = "no such rota visible to the caller")
    @Parameter(name = "page", in = ParameterIn.QUERY, description = "page number, from 0")
    @Parameter(name = "size", in = ParameterIn.QUERY, description = "items per page, 1 to 200 (default 50)")
    public Response shifts(@PathParam("rotaId") long rotaId, @Context UriInfo uriInfo) {
        return ListAnswer.of(uriInfo, rotas.shifts(rotaId));
    }

    @POST
    @Path("/{rotaId}/regenerate")
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR})
    @Operation(summary = "Generate a draft again, e.g. after leave or policy changed (director; drafts only)")
    @APIResponse(
            responseCode = "200",
            description = "the regenerated draft; planning says how the engine's search ended and how long it took "
                    + "(bounded as for POST /api/teams/{teamId}/rotas)")
    @APIResponse(
            responseCode = "409",
            description = "not a draft, or the team or the draft changed during both searches (nothing stored)")
    public RotaResponse regenerate(@PathParam("rotaId") long rotaId) {
        return rotas.regenerate(rotaId);
    }

    @POST
    @Path("/{rotaId}/publish")
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR})
    @Operation(summary = "Publish a draft (director); its fairness balance is carried into the next rota")
    @APIResponse(responseCode = "200", description = "published")
    @APIResponse(responseCode = "409", description = "not a draft, or overlaps another published rota")
    public RotaResponse publish(@PathParam("rotaId") long rotaId) {
        return rotas.publish(rotaId);
    }

    @POST
    @Path("/{rotaId}/archive")
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR})
    @Operation(summary = "Archive a published rota (director); its shifts leave feeds and on-call answers")
    @APIResponse(responseCode = "200", description = "archived")
    @APIResponse(responseCode = "409", description = "not published")
    public RotaResponse archive(@PathParam("rotaId") long rotaId) {
        return rotas.archive(rotaId);
    }

    @GET
    @Path("/{rotaId}/fairness")
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MEMBER, Roles.VIEWER})
    @Operation(summary = "Each member's load against their fair share, with plain-language explanations")
    @APIResponse(responseCode = "200", description = "the fairness report")
    @APIResponse(responseCode = "404", description = "no such rota visible to the caller")
    public FairnessResponse fairness(@PathParam("rotaId") long rotaId) {
        return rotas.fairness(rotaId);
    }
}
