package org.standby.security;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.standby.security.dto.MeResponse;
import org.standby.security.dto.PasswordChangeRequest;

@Path("/api/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
public class MeResource {

    @Inject
    CallerService callers;

    @Inject
    UserService users;

    @Inject
    SessionStamps stamps;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MEMBER, Roles.VIEWER})
    @Operation(summary = "Who am I: the caller's roles and teams (any role)")
    @APIResponse(responseCode = "200", description = "the caller")
    public MeResponse me() {
        Caller caller = callers.current();
        return new MeResponse(
                caller.name(),
                List.copyOf(new java.util.TreeSet<>(caller.roles())),
                caller.allTeams(),
                caller.teamIds().stream().sorted().toList(),
                users.ownMembers(caller.name()));
    }

    @PUT
    @Path("/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MEMBER, Roles.VIEWER})
    @Operation(summary = "Change one's own password (any user; the current password is required); audited")
    @APIResponse(
            responseCode = "204",
            description = "changed; the next request must use the new password. Every other signed-in session of the "
                    + "user ends; a session that made the change gets a new standby-session-stamp cookie and goes on")
    @APIResponse(
            responseCode = "400",
            description = "currentPassword is wrong, or newPassword is too short or " + "the same")
    @APIResponse(responseCode = "403", description = "an API token has no password")
    public Response changePassword(@Valid @NotNull PasswordChangeRequest request, @Context HttpServerRequest http) {
        String name = callers.current().name();
        String newHash = users.changeOwnPassword(name, request.currentPassword(), request.newPassword());
        Response.ResponseBuilder answer = Response.noContent();
        if (http.getCookie(CsrfProtection.SESSION_COOKIE) != null) {
            answer.cookie(stamps.cookie(stamps.of(name, newHash), http.isSSL()));
        }
        return answer.build();
    }
}
