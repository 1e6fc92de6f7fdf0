package org.standby.load;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.standby.common.QueryValues;
import org.standby.load.dto.LoadResponse;
import org.standby.security.Roles;

@Path("/api/teams/{teamId}/load")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Load")
public class LoadResource {

    @Inject
    LoadService load;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MEMBER})
    @Operation(
            summary = "Load of the published shifts per member (hours on call, nights, weekends, holidays, "
                    + "longest stretch, rule breaches, thresholds) and per month for the team")
    @APIResponse(responseCode = "200", description = "the load report")
    @APIResponse(responseCode = "400", description = "missing or invalid range (at most 400 days)")
    @APIResponse(responseCode = "404", description = "no such team, or not the caller's")
    public LoadResponse load(
            @PathParam("teamId") long teamId, @QueryParam("from") String from, @QueryParam("to") String to) {
        return load.report(teamId, QueryValues.requiredDate("from", from), QueryValues.requiredDate("to", to));
    }
}
