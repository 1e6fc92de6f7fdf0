package org.standby.inbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.standby.common.PageResponse;
import org.standby.common.Paging;
import org.standby.common.QueryValues;
import org.standby.inbox.dto.InboxItemResponse;
import org.standby.security.Roles;

@Path("/api/inbox")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inbox")
public class InboxResource {

    @Inject
    InboxService inbox;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR})
    @Operation(summary = "A director's inbox: every pending change request, leave request and call-out of the teams "
            + "they direct (or of teamId), oldest first, with names and dates")
    @APIResponse(responseCode = "200", description = "a page of pending items")
    @APIResponse(responseCode = "400", description = "invalid teamId, page or size")
    @APIResponse(responseCode = "403", description = "not a director")
    @APIResponse(responseCode = "404", description = "teamId is not a team of the caller")
    public PageResponse<InboxItemResponse> list(@QueryParam("teamId") String teamId, @BeanParam Paging paging) {
        return inbox.inbox(QueryValues.number("teamId", teamId), paging.checked());
    }
}
