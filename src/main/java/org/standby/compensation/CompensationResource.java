package org.standby.compensation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.standby.common.QueryValues;
import org.standby.compensation.dto.CompensationResponse;
import org.standby.security.Roles;

@Path("/api/teams/{teamId}/compensation")
@Tag(name = "Compensation")
public class CompensationResource {

    static final String CSV = "text/csv";

    @Inject
    CompensationService compensation;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MEMBER})
    @Operation(
            summary = "The compensation ledger of a date range: standby hours by day type, call-outs, earned, "
                    + "taken, balance; members see their own line")
    @APIResponse(responseCode = "200", description = "one line per member")
    @APIResponse(responseCode = "400", description = "missing or invalid range (at most 400 days)")
    @APIResponse(responseCode = "404", description = "no such team, or not the caller's")
    public CompensationResponse ledger(
            @PathParam("teamId") long teamId, @QueryParam("from") String from, @QueryParam("to") String to) {
        return compensation.ledger(teamId, QueryValues.requiredDate("from", from), QueryValues.requiredDate("to", to));
    }

    @GET
    @Produces(CSV)
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MEMBER})
    @Operation(summary = "The same ledger as RFC 4180 CSV (UTF-8 with BOM, CRLF) for spreadsheets")
    @APIResponse(responseCode = "200", description = "CSV, one row per member")
    @APIResponse(responseCode = "400", description = "missing or invalid range (at most 400 days)")
    @APIResponse(responseCode = "404", description = "no such team, or not the caller's")
    public Response ledgerCsv(
            @PathParam("teamId") long teamId, @QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate start = QueryValues.requiredDate("from", from);
        LocalDate end = QueryValues.requiredDate("to", to);
        byte[] csv = compensation.ledgerCsv(teamId, start, end);
        return Response.ok(csv, CSV + "; charset=UTF-8; header=present")
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"compensation-" + teamId + "-" + start + "-" + end + ".csv\"")
                .build();
    }
}
