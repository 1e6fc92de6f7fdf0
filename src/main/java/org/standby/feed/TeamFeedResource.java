package org.standby.feed;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.standby.feed.dto.FeedRequest;
import org.standby.feed.dto.FeedResponse;
import org.standby.security.Roles;

@Path("/api/teams/{teamId}/feeds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Feeds")
public class TeamFeedResource {

    @Inject
    FeedService feeds;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MEMBER, Roles.VIEWER})
    @Operation(summary = "Make a feed of the team's shifts, or with calendar=true of its holidays and periods")
    @APIResponse(responseCode = "201", description = "the feed with its secret URL")
    @APIResponse(responseCode = "404", description = "no such team, or not the caller's")
    public Response create(@PathParam("teamId") long teamId, @Valid FeedRequest request, @Context UriInfo uriInfo) {
        return Response.status(201)
                .entity(feeds.createForTeam(teamId, request, uriInfo.getBaseUri()))
                .build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MEMBER, Roles.VIEWER})
    @Operation(summary = "Active feeds of the team (directors: all; others: their own), without secrets")
    @APIResponse(responseCode = "200", description = "feeds")
    @APIResponse(responseCode = "404", description = "no such team, or not the caller's")
    public List<FeedResponse> list(@PathParam("teamId") long teamId) {
        return feeds.list(teamId);
    }
}
