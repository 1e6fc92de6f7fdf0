package org.standby.leave;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.standby.common.Created;
import org.standby.common.ListAnswer;
import org.standby.common.QueryValues;
import org.standby.leave.dto.AbsenceRequest;
import org.standby.leave.dto.AbsenceResponse;
import org.standby.leave.dto.DecisionRequest;
import org.standby.security.Roles;
import org.standby.team.MemberService;

@Path("/api/teams/{teamId}/absences")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Leave")
public class AbsenceResource {

    @Inject
    AbsenceService absences;

    @Inject
    MemberService members;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MEMBER})
    @Operation(summary = "A team's leave; other members' pending requests show no kind or note")
    @APIResponse(
            responseCode = "200",
            description =
                    "absences, by start date: a plain array without page and size (deprecated, for one release; Deprecation header), else a page {items, page, size, total}")
    @APIResponse(
            responseCode = "400",
            description = "invalid memberId (a number or 'me'), status, dates, page or " + "size")
    @APIResponse(responseCode = "404", description = "no such team, or not the caller's")
    @Parameter(name = "page", in = ParameterIn.QUERY, description = "page number, from 0")
    @Parameter(name = "size", in = ParameterIn.QUERY, description = "items per page, 1 to 200 (default 50)")
    public Response list(
            @PathParam("teamId") long teamId,
            @QueryParam("memberId") String memberId,
            @QueryParam("status") String status,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @Context UriInfo uriInfo) {
        return ListAnswer.of(
                uriInfo,
                absences.list(
                        teamId,
                        members.memberIdParam(teamId, "memberId", memberId),
                        QueryValues.enumValue("status", status, AbsenceStatus.class),
                        QueryValues.date("from", from),
                        QueryValues.date("to", to)));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MEMBER})
    @Operation(summary = "Request leave (members, for themselves) or enter it (directors, approved by default)")
    @APIResponse(responseCode = "201", description = "created")
    @APIResponse(responseCode = "400", description = "invalid fields, e.g. end before start")
    @APIResponse(responseCode = "403", description = "a member asking for someone else")
    @APIResponse(responseCode = "409", description = "overlaps the member's other leave")
    public Response create(
            @PathParam("teamId") long teamId, @Valid @NotNull AbsenceRequest request, @Context UriInfo uriInfo) {
        AbsenceResponse created = absences.create(teamId, request);
        return Created.at(uriInfo, created.id(), created);
    }

    @POST
    @Path("/{absenceId}/approve")
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR})
    @Operation(summary = "Approve a leave request (director); published shifts it hits become open conflicts")
    @APIResponse(
            responseCode = "200",
            description =
                    "approved; when the leave hits published shifts, impact lists "
                            + "them and the re-plan preview per rota (a dry run; apply it with POST /api/rotas/{rotaId}/replan)")
    @APIResponse(responseCode = "409", description = "already decided")
    public AbsenceResponse approve(
            @PathParam("teamId") long teamId, @PathParam("absenceId") long absenceId, DecisionRequest decision) {
        return absences.decide(teamId, absenceId, true, decision == null ? null : decision.note());
    }

    @POST
    @Path("/{absenceId}/reject")
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR})
    @Operation(summary = "Reject a leave request (director)")
    @APIResponse(responseCode = "200", description = "rejected")
    @APIResponse(responseCode = "409", description = "already decided")
    public AbsenceResponse reject(
            @PathParam("teamId") long teamId, @PathParam("absenceId") long absenceId, DecisionRequest decision) {
        return absences.decide(teamId, absenceId, false, decision == null ? null : decision.note());
    }

    @DELETE
    @Path("/{absenceId}")
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MEMBER})
    @Operation(summary = "Delete leave (directors) or withdraw one's own undecided request (members)")
    @APIResponse(responseCode = "204", description = "deleted")
    @APIResponse(responseCode = "403", description = "not allowed for this absence")
    @APIResponse(responseCode = "404", description = "no such absence in a team of the caller")
    public void delete(@PathParam("teamId") long teamId, @PathParam("absenceId") long absenceId) {
        absences.delete(teamId, absenceId);
    }
}
