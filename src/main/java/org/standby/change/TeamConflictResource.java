package org.standby.change;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.standby.change.dto.ShiftConflictResponse;
import org.standby.security.Roles;

@Path("/api/teams/{teamId}/conflicts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Changes")
public class TeamConflictResource {

    @Inject
    ShiftConflictService conflicts;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR})
    @Operation(
            summary = "Open conflicts: published shifts, not ended yet, whose member has approved leave then "
                    + "(director)")
    @APIResponse(responseCode = "200", description = "conflicts by shift start")
    @APIResponse(responseCode = "403", description = "not a director")
    @APIResponse(responseCode = "404", description = "no such team, or not the caller's")
    public List<ShiftConflictResponse> list(@PathParam("teamId") long teamId) {
        return conflicts.list(teamId);
    }
}
