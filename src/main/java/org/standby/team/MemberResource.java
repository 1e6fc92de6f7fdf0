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
import org.standby.team.dto.MemberRequest;
import org.standby.team.dto.MemberResponse;

@Path("/api/teams/{teamId}/members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Members")
public class MemberResource {

    @Inject
    MemberService members;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MEMBER, Roles.VIEWER})
    @Operation(summary = "List a team's members (anyone in the team; viewers without contact details)")
    @APIResponse(responseCode = "200", description = "a page of members")
    @APIResponse(responseCode = "404", description = "no such team, or not the caller's")
    public PageResponse<MemberResponse> list(@PathParam("teamId") long teamId, @BeanParam Paging paging) {
        return members.list(teamId, paging.checked());
    }

    @GET
    @Path("/{memberId}")
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MEMBER, Roles.VIEWER})
    @Operation(summary = "Read one member of a team")
    @APIResponse(responseCode = "200", description = "the member; its ETag is its version")
    @APIResponse(responseCode = "404", description = "no such member in a team of the caller")
    public Response get(@PathParam("teamId") long teamId, @PathParam("memberId") String memberId) {
        MemberResponse member = members.get(teamId, members.memberIdParam(teamId, "memberId", memberId));
        return Response.ok(member).tag(ETags.of(member.version())).build();
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR})
    @Operation(summary = "Add a member (admin, or a director of the team)")
    @APIResponse(responseCode = "201", description = "created")
    @APIResponse(responseCode = "400", description = "invalid fields")
    @APIResponse(responseCode = "403", description = "not a director of this team")
    @APIResponse(responseCode = "404", description = "no such team, or not the caller's")
    public Response create(
            @PathParam("teamId") long teamId, @Valid @NotNull MemberRequest request, @Context UriInfo uriInfo) {
        MemberResponse created = members.create(teamId, request);
        return Created.at(uriInfo, created.id(), created);
    }

    @PUT
    @Path("/{memberId}")
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR})
    @Operation(summary = "Change a member (admin, or a director of the team)")
    @APIResponse(responseCode = "200", description = "updated; the ETag is the new version")
    @APIResponse(responseCode = "400", description = "invalid fields, or an If-Match that is not a version")
    @APIResponse(responseCode = "403", description = "not a director of this team")
    @APIResponse(responseCode = "404", description = "no such member in a team of the caller")
    @APIResponse(responseCode = "409", description = "someone saved the member at the same moment")
    @APIResponse(responseCode = "412", description = "If-Match names a version that is not the stored one")
    public Response update(
            @PathParam("teamId") long teamId,
            @PathParam("memberId") long memberId,
            @Parameter(
                            description = "the ETag of the GET this change is based on, e.g. \"3\"; without it the "
                                    + "last writer wins")
                    @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch,
            @Valid @NotNull MemberRequest request) {
        MemberResponse member = members.update(teamId, memberId, request, ETags.ifMatch(ifMatch, "the member"));
        return Response.ok(member).tag(ETags.of(member.version())).build();
    }

    @DELETE
    @Path("/{memberId}")
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR})
    @Operation(summary = "Remove a member with no history (admin, or a director of the team)")
    @APIResponse(responseCode = "204", description = "deleted")
    @APIResponse(responseCode = "403", description = "not a director of this team")
    @APIResponse(responseCode = "404", description = "no such member in a team of the caller")
    @APIResponse(responseCode = "409", description = "the member has history; end their active window instead")
    public void delete(@PathParam("teamId") long teamId, @PathParam("memberId") long memberId) {
        members.delete(teamId, memberId);
    }
}
