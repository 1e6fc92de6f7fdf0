package org.standby.change;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.standby.change.dto.ChangeDecisionRequest;
import org.standby.change.dto.ChangeRequestResponse;
import org.standby.change.dto.ConsentRequest;
import org.standby.common.PageResponse;
import org.standby.common.Paging;
import org.standby.security.Roles;

@Path("/api/change-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Changes")
public class ChangeRequestResource {

    @Inject
    ChangeRequestService changes;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MEMBER})
    @Operation(
            summary = "Change requests, newest first (directors: their teams'; members: those they made or "
                    + "that involve them)")
    @APIResponse(responseCode = "200", description = "a page of change requests")
    @APIResponse(responseCode = "404", description = "teamId is not a team of the caller")
    public PageResponse<ChangeRequestResponse> list(
            @QueryParam("status") ChangeStatus status, @QueryParam("teamId") Long teamId, @BeanParam Paging paging) {
        return changes.list(status, teamId, paging.checked());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MEMBER})
    @Operation(summary = "One change request")
    @APIResponse(responseCode = "200", description = "the change request")
    @APIResponse(responseCode = "404", description = "no such request visible to the caller")
    public ChangeRequestResponse get(@PathParam("id") long id) {
        return changes.get(id);
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR})
    @Operation(summary = "Approve and apply a pending request (director of its team); audited, also when refused")
    @APIResponse(responseCode = "200", description = "approved; the shifts are reassigned and their sequence rose")
    @APIResponse(responseCode = "400", description = "the change breaks a coverage rule and no breachReason was given")
    @APIResponse(responseCode = "403", description = "not a director")
    @APIResponse(responseCode = "404", description = "no such request in a team of the caller")
    @APIResponse(
            responseCode = "409",
            description =
                    "not pending (e.g. still awaiting the other member's consent), "
                            + "or a shift changed since the request was made (e.g. a concurrent approval won); nothing was applied")
    public ChangeRequestResponse approve(@PathParam("id") long id, @Valid ChangeDecisionRequest decision) {
        return changes.approve(id, decision);
    }

    @POST
    @Path("/{id}/reject")
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR})
    @Operation(summary = "Reject a pending request (director of its team)")
    @APIResponse(responseCode = "200", description = "rejected")
    @APIResponse(responseCode = "403", description = "not a director")
    @APIResponse(responseCode = "404", description = "no such request in a team of the caller")
    @APIResponse(responseCode = "409", description = "not pending")
    public ChangeRequestResponse reject(@PathParam("id") long id, @Valid ChangeDecisionRequest decision) {
        return changes.reject(id, decision);
    }

    @POST
    @Path("/{id}/accept")
    @RolesAllowed({Roles.MEMBER})
    @Operation(
            summary = "Consent to a swap or cover request that gives you a shift (the member asked only); it then "
                    + "goes to the directors as PENDING")
    @APIResponse(responseCode = "200", description = "accepted; the request is PENDING, its rule check renewed")
    @APIResponse(responseCode = "403", description = "not the member whose consent the request asks for")
    @APIResponse(responseCode = "404", description = "no such request visible to the caller")
    @APIResponse(responseCode = "409", description = "the request waits for no consent (any more)")
    public ChangeRequestResponse accept(@PathParam("id") long id, @Valid ConsentRequest consent) {
        return changes.consent(id, true, consent == null ? null : consent.note());
    }

    @POST
    @Path("/{id}/decline")
    @RolesAllowed({Roles.MEMBER})
    @Operation(
            summary = "Decline a swap or cover request that would give you a shift (the member asked only); " + "final")
    @APIResponse(responseCode = "200", description = "declined")
    @APIResponse(responseCode = "403", description = "not the member whose consent the request asks for")
    @APIResponse(responseCode = "404", description = "no such request visible to the caller")
    @APIResponse(responseCode = "409", description = "the request waits for no consent (any more)")
    public ChangeRequestResponse decline(@PathParam("id") long id, @Valid ConsentRequest consent) {
        return changes.consent(id, false, consent == null ? null : consent.note());
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MEMBER})
    @Operation(summary = "Withdraw one's own pending request (the requester only)")
    @APIResponse(responseCode = "200", description = "cancelled")
    @APIResponse(responseCode = "403", description = "not the requester")
    @APIResponse(responseCode = "404", description = "no such request in a team of the caller")
    @APIResponse(responseCode = "409", description = "not pending")
    public ChangeRequestResponse cancel(@PathParam("id") long id) {
        return changes.cancel(id);
    }
}
