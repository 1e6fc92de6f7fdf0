package org.standby.load;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.standby.load.dto.WhatIfRequest;
import org.standby.load.dto.WhatIfResponse;
import org.standby.security.Roles;

@Path("/api/teams/{teamId}/what-if")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Load")
public class WhatIfResource {

    @Inject
    WhatIfService whatIf;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR})
    @Operation(
            summary = "The load report of a changed team or policy (absences, members added or removed, another "
                    + "policy) beside today's and the difference; stores nothing")
    @APIResponse(responseCode = "200", description = "baseline, scenario and difference")
    @APIResponse(responseCode = "400", description = "invalid range, unknown member, invalid policy")
    @APIResponse(responseCode = "403", description = "not a director of this team")
    @APIResponse(responseCode = "404", description = "no such team, or not the caller's")
    public WhatIfResponse whatIf(@PathParam("teamId") long teamId, @Valid @NotNull WhatIfRequest request) {
        return whatIf.whatIf(teamId, request);
    }
}
