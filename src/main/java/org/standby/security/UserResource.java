package org.standby.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.standby.common.Created;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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
    @APIResponse(responseCode = "200", description = "the user")
    @APIResponse(responseCode = "404", description = "no such user")
    public UserResponse get(@PathParam("username") String username) {
        return users.find(username).orElseThrow(() -> new NotFoundException("user", username));
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
    @APIResponse(responseCode = "200", description = "updated")
    @APIResponse(responseCode = "404", description = "no such user")
    @APIResponse(responseCode = "409", description = "would remove the last admin")
    public UserResponse update(@PathParam("username") String username, @Valid @NotNull UserRequest request) {
        return users.update(username, request);
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
