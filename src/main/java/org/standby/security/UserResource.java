package org.standby.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.standby.common.Created;
import org.standby.common.ETags;
import org.standby.common.NotFoundException;
import org.standby.common.PageResponse;
import org.standby.common.Paging;
import org.standby.security.dto.UserRequest;
import org.standby.security.dto.UserResponse;

@Path("/api/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
@RolesAllowed(Roles.ADMIN)
public class UserResource {

    @Inject
    UserService users;

    @GET
    @Operation(summary = "List users (admin)")
    @APIResponse(responseCode = "200", description = "a page of users")
    public PageResponse<UserResponse> list(@BeanParam Paging paging) {
        return users.list(paging.checked());
    }

    @GET
    @Path("/{username}")
    @Operation(summary = "Read one user (admin)")
    @APIResponse(responseCode = "200", description = "the user; its ETag is its version")
    @APIResponse(responseCode = "404", description = "no such user")
    public Response get(@PathParam("username") String username) {
        UserResponse user = users.find(username).orElseThrow(() -> new NotFoundException("user", username));
        return Response.ok(user).tag(ETags.of(user.version())).build();
    }

    @POST
    @Operation(summary = "Create a user (admin)")
    @APIResponse(responseCode = "201", description = "created")
    @APIResponse(responseCode = "400", description = "invalid fields")
    @APIResponse(responseCode = "409", description = "username taken")
    public Response create(@Valid @NotNull UserRequest request, @Context UriInfo uriInfo) {
        UserResponse created = users.create(request);
        return Created.at(uriInfo, created.username(), created);
    }

    @PUT
    @Path("/{username}")
    @Operation(summary = "Change a user's roles, teams or password (admin)")
    @APIResponse(responseCode = "200", description = "updated; the ETag is the new version")
    @APIResponse(responseCode = "400", description = "invalid fields, or an If-Match that is not a version")
    @APIResponse(responseCode = "404", description = "no such user")
    @APIResponse(
            responseCode = "409",
            description = "would remove the last admin, or someone saved the user at the " + "same moment")
    @APIResponse(responseCode = "412", description = "If-Match names a version that is not the stored one")
    public Response update(
            @PathParam("username") String username,
            @Parameter(
                            description = "the ETag of the GET this change is based on, e.g. \"3\"; without it the "
                                    + "last writer wins")
                    @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch,
            @Valid @NotNull UserRequest request) {
        UserResponse user = users.update(username, request, ETags.ifMatch(ifMatch, "the user"));
        return Response.ok(user).tag(ETags.of(user.version())).build();
    }

    @DELETE
    @Path("/{username}")
    @Operation(summary = "Delete a user (admin)")
    @APIResponse(responseCode = "204", description = "deleted")
    @APIResponse(responseCode = "404", description = "no such user")
    @APIResponse(responseCode = "409", description = "the last admin")
    public void delete(@PathParam("username") String username) {
        users.delete(username);
    }
}
