package org.standby.compensation;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.standby.common.Created;
import org.standby.common.QueryValues;
import org.standby.compensation.dto.TimeOffRequest;
import org.standby.compensation.dto.TimeOffResponse;
import org.standby.security.Roles;

@Path("/api/teams/{teamId}/time-off")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Compensation")
public class TimeOffResource {

    @Inject
    TimeOffService timeOff;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR})
    @Operation(summary = "Record time off in lieu a member took (director); it lowers their balance")
    @APIResponse(responseCode = "201", description = "recorded")
    @APIResponse(responseCode = "400", description = "invalid fields, e.g. hours not positive or unknown member")
    @APIResponse(responseCode = "403", description = "not a director of this team")
    @APIResponse(responseCode = "404", description = "no such team, or not the caller's")
    public Response record(
            @PathParam("teamId") long teamId, @Valid @NotNull TimeOffRequest request, @Context UriInfo uriInfo) {
        TimeOffResponse created = timeOff.record(teamId, request);
        return Created.at(uriInfo, created.id(), created);
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MEMBER})
    @Operation(summary = "Time off recorded for the team, by date; members see their own only")
    @APIResponse(responseCode = "200", description = "time off entries")
    @APIResponse(responseCode = "400", description = "malformed dates")
    @APIResponse(responseCode = "404", description = "no such team, or not the caller's")
    public List<TimeOffResponse> list(
            @PathParam("teamId") long teamId, @QueryParam("from") String from, @QueryParam("to") String to) {
        return timeOff.list(teamId, QueryValues.date("from", from), QueryValues.date("to", to));
    }
}
