package org.standby.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.standby.common.InvalidFieldException;
import org.standby.common.PageResponse;
import org.standby.common.Paging;
import org.standby.common.QueryValues;
import org.standby.security.Caller;
import org.standby.security.CallerService;
import org.standby.security.Roles;

@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class AuditResource {

    @Inject
    AuditService audit;

    @Inject
    CallerService callers;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR})
    @Operation(
            summary = "Who changed what, when, and the approval that allowed it (admins: all; directors: their "
                    + "team, teamId required). Newest first.")
    @APIResponse(responseCode = "200", description = "a page of audit entries")
    @APIResponse(responseCode = "400", description = "teamId missing for a director, or to before from")
    @APIResponse(responseCode = "404", description = "not the caller's team")
    public PageResponse<AuditService.Entry> query(
            @QueryParam("teamId") String team,
            @QueryParam("from") String fromText,
            @QueryParam("to") String toText,
            @BeanParam Paging paging) {
        paging.checked();
        Long teamId = QueryValues.number("teamId", team);
        LocalDate from = QueryValues.date("from", fromText);
        LocalDate to = QueryValues.date("to", toText);
        Caller caller = callers.current();
        if (teamId == null && !caller.isAdmin()) {
            throw new InvalidFieldException("teamId", "is required");
        }
        if (teamId != null) {
            callers.requireDirects(teamId);
        }
        return new PageResponse<>(
                audit.query(teamId, from, to, paging.page, paging.size),
                paging.page,
                paging.size,
                audit.count(teamId, from, to));
    }
}
