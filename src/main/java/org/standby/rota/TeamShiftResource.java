package org.standby.rota;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
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
import org.standby.common.ListAnswer;
import org.standby.common.QueryValues;
import org.standby.security.Roles;
import org.standby.team.MemberService;

@Path("/api/teams/{teamId}/shifts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "On call")
public class TeamShiftResource {

    @Inject
    RotaService rotas;

    @Inject
    MemberService members;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MEMBER, Roles.VIEWER})
    @Operation(summary = "Published shifts of the team that touch a date range (at most 400 days)")
    @APIResponse(
            responseCode = "200",
            description =
                    "shifts by start: a plain array without page and size (deprecated, for one release; Deprecation header), else a page {items, page, size, total}")
    @APIResponse(
            responseCode = "400",
            description = "missing or invalid range, memberId (a number or 'me'), page or " + "size")
    @APIResponse(responseCode = "404", description = "no such team, or not the caller's")
    @Parameter(name = "page", in = ParameterIn.QUERY, description = "page number, from 0")
    @Parameter(name = "size", in = ParameterIn.QUERY, description = "items per page, 1 to 200 (default 50)")
    public Response shifts(
            @PathParam("teamId") long teamId,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("memberId") String memberId,
            @Context UriInfo uriInfo) {
        return ListAnswer.of(
                uriInfo,
                rotas.teamShifts(
                        teamId,
                        QueryValues.requiredDate("from", from),
                        QueryValues.requiredDate("to", to),
                        members.memberIdParam(teamId, "memberId", memberId)));
    }
}
