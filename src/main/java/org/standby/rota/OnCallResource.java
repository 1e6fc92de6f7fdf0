package org.standby.rota;

import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.standby.common.QueryValues;
import org.standby.rota.dto.OnCallResponse;
import org.standby.security.Roles;

@Path("/api/teams/{teamId}/on-call")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "On call")
public class OnCallResource {

    @Inject
    OnCallService onCall;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MEMBER, Roles.VIEWER})
    @Operation(summary = "Who is on call at an instant (default now); what the intranet widget calls")
    @APIResponse(responseCode = "200", description = "the people on call; empty when nobody is")
    @APIResponse(responseCode = "400", description = "at is not an instant with offset")
    @APIResponse(responseCode = "404", description = "no such team, or not the caller's")
    @NonBlocking // answered from memory on the event loop; a lookup that needs the database moves to a worker
    public Uni<OnCallResponse> onCall(
            @PathParam("teamId") long teamId,
            @QueryParam("at") @Parameter(description = "ISO-8601 instant with offset; default now") String at) {
        return onCall.lookup(teamId, QueryValues.instant("at", at));
    }
}
