package org.standby.rota;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.standby.common.QueryValues;
import org.standby.rota.dto.ShiftResponse;
import org.standby.security.Roles;

@Path("/api/teams/{teamId}/shifts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "On call")
public class TeamShiftResource {

    @Inject
    RotaService rotas;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MEMBER, Roles.VIEWER})
    @Operation(summary = "Published shifts of the team that touch a date range (at most 400 days)")
    @APIResponse(responseCode = "200", description = "shifts by start")
    @APIResponse(responseCode = "400", description = "missing or invalid range")
    @APIResponse(responseCode = "404", description = "no such team, or not the caller's")
    public List<ShiftResponse> shifts(@PathParam("teamId") long teamId, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("memberId") String memberId) {
        return rotas.teamShifts(teamId, QueryValues.requiredDate("from", from), QueryValues.requiredDate("to", to),
                QueryValues.number("memberId", memberId));
    }
}
