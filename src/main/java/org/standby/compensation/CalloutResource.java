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
import org.standby.compensation.dto.CalloutDecisionRequest;
import org.standby.compensation.dto.CalloutRequest;
import org.standby.compensation.dto.CalloutResponse;
import org.standby.security.Roles;
import org.standby.team.MemberService;

@Path("/api/teams/{teamId}/callouts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Compensation")
public class CalloutResource {

    @Inject
    CalloutService callouts;

    @Inject
    MemberService members;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MEMBER})
    @Operation(
            summary = "Log a call-out during one's own published shift (a director may log it for the member "
                    + "on call); it counts once a director confirms it")
    @APIResponse(responseCode = "201", description = "logged, PENDING")
    @APIResponse(
            responseCode = "400",
            description = "invalid fields: no such published shift, start outside the " + "shift, minutes not positive")
    @APIResponse(responseCode = "403", description = "not the caller's shift")
    @APIResponse(responseCode = "404", description = "no such team, or not the caller's")
    @APIResponse(responseCode = "409", description = "overlaps another call-out of the member")
    public Response log(
            @PathParam("teamId") long teamId, @Valid @NotNull CalloutRequest request, @Context UriInfo uriInfo) {
        CalloutResponse created = callouts.log(teamId, request);
        return Created.at(uriInfo, created.id(), created);
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MEMBER})
    @Operation(summary = "Call-outs of the team by start; members see their own only")
    @APIResponse(responseCode = "200", description = "call-outs")
    @APIResponse(responseCode = "400", description = "invalid status or memberId")
    @APIResponse(responseCode = "404", description = "no such team, or not the caller's")
    public List<CalloutResponse> list(
            @PathParam("teamId") long teamId,
            @QueryParam("status") String status,
            @QueryParam("memberId") String memberId) {
        return callouts.list(
                teamId,
                QueryValues.enumValue("status", status, CalloutStatus.class),
                members.memberIdParam(teamId, "memberId", memberId));
    }

    @POST
    @Path("/{calloutId}/confirm")
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR})
    @Operation(summary = "Confirm a call-out (director); it then counts in the ledger")
    @APIResponse(responseCode = "200", description = "confirmed")
    @APIResponse(responseCode = "403", description = "not a director of this team")
    @APIResponse(responseCode = "404", description = "no such call-out in a team of the caller")
    @APIResponse(responseCode = "409", description = "already decided")
    public CalloutResponse confirm(
            @PathParam("teamId") long teamId,
            @PathParam("calloutId") long calloutId,
            @Valid CalloutDecisionRequest decision) {
        return callouts.decide(teamId, calloutId, true, decision == null ? null : decision.note());
    }

    @POST
    @Path("/{calloutId}/reject")
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR})
    @Operation(summary = "Reject a call-out (director); it never counts")
    @APIResponse(responseCode = "200", description = "rejected")
    @APIResponse(responseCode = "403", description = "not a director of this team")
    @APIResponse(responseCode = "404", description = "no such call-out in a team of the caller")
    @APIResponse(responseCode = "409", description = "already decided")
    public CalloutResponse reject(
            @PathParam("teamId") long teamId,
            @PathParam("calloutId") long calloutId,
            @Valid CalloutDecisionRequest decision) {
        return callouts.decide(teamId, calloutId, false, decision == null ? null : decision.note());
    }
}
