package org.standby.feed;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.standby.feed.dto.FeedRequest;
import org.standby.feed.dto.FeedResponse;
import org.standby.security.Roles;
import org.standby.team.MemberService;

@Path("/api/members/{memberId}/feeds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Feeds")
public class MemberFeedResource {

    @Inject
    FeedService feeds;

    @Inject
    MemberService members;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MEMBER})
    @Operation(summary = "Make a feed of one member's shifts (the member or a director); the URL is shown once")
    @APIResponse(responseCode = "201", description = "the feed with its secret URL")
    @APIResponse(
            responseCode = "400",
            description = "memberId is neither a number nor 'me' (the caller's member "
                    + "record, when they are a member of exactly one team)")
    @APIResponse(responseCode = "403", description = "someone else's feed")
    @APIResponse(responseCode = "404", description = "no such member in a team of the caller")
    public Response create(
            @PathParam("memberId") String memberId, @Valid FeedRequest request, @Context UriInfo uriInfo) {
        FeedResponse created =
                feeds.createForMember(members.memberIdParam("memberId", memberId), request, uriInfo.getBaseUri());
        return Response.status(201).entity(created).build();
    }
}
