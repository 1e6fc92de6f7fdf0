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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.standby.change.dto.ChangeRequestRequest;
import org.standby.change.dto.ChangeRequestResponse;
import org.standby.security.Roles;

@Path("/api/rotas/{rotaId}/change-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Changes")
public class RotaChangeRequestResource {

    @Inject
    ChangeRequestService changes;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MEMBER})
    @Operation(
            summary = "Ask to swap two shifts or to have a shift covered (members: their own shifts or "
                    + "themselves; published rotas only)")
    @APIResponse(
            responseCode = "201",
            description = "the request: AWAITING_CONSENT when a member's request gives "
                    + "another member a shift, else PENDING; breaches lists the coverage rules it would break (a director "
                    + "then needs a breachReason to approve it)")
    @APIResponse(responseCode = "400", description = "invalid fields, e.g. a shift of another rota")
    @APIResponse(responseCode = "403", description = "a member asking for a change that does not involve them")
    @APIResponse(responseCode = "404", description = "no such rota visible to the caller")
    @APIResponse(responseCode = "409", description = "the rota is not published, or the shift has started")
    public Response create(
            @PathParam("rotaId") long rotaId, @Valid @NotNull ChangeRequestRequest request, @Context UriInfo uriInfo) {
        ChangeRequestResponse created = changes.create(rotaId, request);
        return Response.created(uriInfo.getBaseUriBuilder()
                        .path("api/change-requests/" + created.id())
                        .build())
                .entity(created)
                .build();
    }
}
