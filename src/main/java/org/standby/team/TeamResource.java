package org.standby.team;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.standby.common.Created;
import org.standby.common.ETags;
import org.standby.common.PageResponse;
import org.standby.common.Paging;
import org.standby.security.Roles;
import org.standby.team.dto.TeamRequest;
import org.standby.team.dto.TeamResponse;

@Path("/api/teams")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Teams")
public class TeamResource {

    @Inject
    TeamService teams;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MEMBER, Roles.VIEWER})
    @Operation(summary = "List the teams the caller belongs to (admins: all)")
    @APIResponse(responseCode = "200", description = "a page of teams")
    public PageResponse<TeamResponse> list(@BeanParam Paging paging) {
        return teams.list(paging.checked());
    }

    @GET
    @Path("/{teamId}")
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MEMBER, Roles.VIEWER})
    @Operation(summary = "Read a team the caller belongs to")
    @APIResponse(responseCode = "200", description = "the team; its ETag is its version")
    @APIResponse(responseCode = "404", description = "no such team, or not the caller's")
    public Response get(@PathParam("teamId") long teamId) {
        TeamResponse team = teams.get(teamId);
        return Response.ok(team).tag(ETags.of(team.version())).build();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create a team (admin)")
    @APIResponse(responseCode = "201", description = "created")
    @APIResponse(responseCode = "400", description = "invalid fields, e.g. an unknown time zone or holiday region")
    public Response create(@Valid @NotNull TeamRequest request, @Context UriInfo uriInfo) {
        TeamResponse created = teams.create(request);
        return Created.at(uriInfo, created.id(), created);
    }

    @PUT
    @Path("/{teamId}")
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR})
    @Operation(summary = "Change a team's settings (admin, or a director of the team)")
    @APIResponse(responseCode = "200", description = "updated; the ETag is the new version")
    @APIResponse(responseCode = "400", description = "invalid fields, or an If-Match that is not a version")
    @APIResponse(responseCode = "404", description = "no such team, or not the caller's")
    @APIResponse(responseCode = "409", description = "someone saved the team at the same moment")
    @APIResponse(responseCode = "412", description = "If-Match names a version that is not the stored one")
    public Response update(
            @PathParam("teamId") long teamId,
            @Parameter(
                            description = "the ETag of the GET this change is based on, e.g. \"3\"; without it the "
                                    + "last writer wins")
                    @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch,
            @Valid @NotNull TeamRequest request) {
        TeamResponse team = teams.update(teamId, request, ETags.ifMatch(ifMatch, "the team"));
        return Response.ok(team).tag(ETags.of(team.version())).build();
    }

    @DELETE
    @Path("/{teamId}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Delete a team without members (admin)")
    @APIResponse(responseCode = "204", description = "deleted")
    @APIResponse(responseCode = "404", description = "no such team")
    @APIResponse(responseCode = "409", description = "the team still has members")
    public void delete(@PathParam("teamId") long teamId) {
        teams.delete(teamId);
    }
}
