package org.standby.inbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
    @Operation(
            summary = "A director's inbox: every pending change request, leave request and call-out of the teams "
                    + "they direct (or of teamId), oldest first, with names and dates")
    @APIResponse(
            responseCode = "200",
            description = "a page of pending items, with an ETag of its content",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = InboxPage.class)))
    @APIResponse(
            responseCode = "304",
            description = "If-None-Match names the ETag of the current answer: nothing "
                    + "changed (the page polls this way)")
    @APIResponse(responseCode = "400", description = "invalid teamId, page or size")
    @APIResponse(responseCode = "403", description = "not a director")
    @APIResponse(responseCode = "404", description = "teamId is not a team of the caller")
    public Response list(@QueryParam("teamId") String teamId, @BeanParam Paging paging, @Context Request request) {
        PageResponse<InboxItemResponse> page = inbox.inbox(QueryValues.number("teamId", teamId), paging.checked());
        EntityTag tag = new EntityTag(Integer.toHexString(page.hashCode()) + "-" + page.total());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.tag(tag).build();
        }
        return Response.ok(page).tag(tag).build();
    }

    /** The answer's shape, for the OpenAPI document. */
    @Schema(name = "InboxPage")
    public record InboxPage(List<InboxItemResponse> items, int page, int size, long total) {}
}
