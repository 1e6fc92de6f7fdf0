package org.standby.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.standby.common.Created;
import org.standby.security.dto.ApiTokenRequest;
import org.standby.security.dto.ApiTokenResponse;

@Path("/api/api-tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "API tokens")
@RolesAllowed(Roles.ADMIN)
public class ApiTokenResource {

    @Inject
    ApiTokenService tokens;

    @Inject
    CallerService callers;

    @GET
    @Operation(summary = "List active API tokens (admin); secrets are never shown again")
    @APIResponse(responseCode = "200", description = "active tokens")
    public List<ApiTokenResponse> list() {
        return tokens.listActive();
    }

    @POST
    @Operation(summary = "Create an API token (admin); the answer is the only time the token is shown")
    @APIResponse(responseCode = "201", description = "created, with the token")
    @APIResponse(responseCode = "400", description = "invalid fields")
    public Response create(@Valid @NotNull ApiTokenRequest request, @Context UriInfo uriInfo) {
        ApiTokenResponse created = tokens.create(request, callers.current().name());
        return Created.at(uriInfo, created.id(), created);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revoke an API token (admin)")
    @APIResponse(responseCode = "204", description = "revoked")
    @APIResponse(responseCode = "404", description = "no such token")
    public void revoke(@PathParam("id") long id) {
        tokens.revoke(id);
    }
}
