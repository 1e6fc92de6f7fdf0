package org.standby.feed;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.standby.security.Roles;

@Path("/api/feeds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Feeds")
public class FeedResource {

    @Inject
    FeedService feeds;

    @DELETE
    @Path("/{feedId}")
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MEMBER, Roles.VIEWER})
    @Operation(summary = "Revoke a feed (its maker or a director); its URL answers 404 from the next request on")
    @APIResponse(responseCode = "204", description = "revoked")
    @APIResponse(responseCode = "403", description = "neither its maker nor a director")
    @APIResponse(responseCode = "404", description = "no such feed in a team of the caller")
    public void revoke(@PathParam("feedId") long feedId) {
        feeds.revoke(feedId);
    }
}
