package org.standby.feed;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.standby.common.NotFoundException;

/** The secret feed URLs calendar apps subscribe to. The token in the path is the only credential. */
@Path("/feeds/{token}.ics")
@Tag(name = "Feeds")
public class PublicFeedResource {

    static final String CALENDAR = FeedPublisher.CALENDAR;

    @Inject
    FeedPublisher publisher;

    @GET
    @PermitAll
    @Produces(CALENDAR)
    @Operation(
            summary = "The feed (iCalendar); the secret token is the credential. Supports If-None-Match and "
                    + "If-Modified-Since, and gzip when Accept-Encoding allows it")
    @APIResponse(responseCode = "200", description = "the calendar")
    @APIResponse(responseCode = "304", description = "unchanged since the client's copy")
    @APIResponse(responseCode = "404", description = "unknown or revoked token")
    public Response get(
            @PathParam("token") String token,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @HeaderParam(HttpHeaders.IF_MODIFIED_SINCE) String ifModifiedSince,
            @HeaderParam(HttpHeaders.ACCEPT_ENCODING) String acceptEncoding) {
        return answer(token, ifNoneMatch, ifModifiedSince, acceptEncoding, false);
    }

    @HEAD
    @PermitAll
    @Produces(CALENDAR)
    @Operation(summary = "The feed's headers only (ETag, Last-Modified)")
    @APIResponse(responseCode = "200", description = "headers of the calendar")
    @APIResponse(responseCode = "404", description = "unknown or revoked token")
    public Response head(
            @PathParam("token") String token,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @HeaderParam(HttpHeaders.IF_MODIFIED_SINCE) String ifModifiedSince,
            @HeaderParam(HttpHeaders.ACCEPT_ENCODING) String acceptEncoding) {
        return answer(token, ifNoneMatch, ifModifiedSince, acceptEncoding, true);
    }

    private Response answer(
            String token, String ifNoneMatch, String ifModifiedSince, String acceptEncoding, boolean head) {
        return publisher
                .feed(token)
                .orElseThrow(() -> new NotFoundException("feed", "token"))
                .answer(ifNoneMatch, ifModifiedSince, acceptEncoding)
                .toResponse(head);
    }
}
