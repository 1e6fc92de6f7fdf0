package org.standby.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
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
    @APIResponse(responseCode = "204", description = "changed; the next request must use the new password")
    @APIResponse(
            responseCode = "400",
            description = "currentPassword is wrong, or newPassword is too short or " + "the same")
    @APIResponse(responseCode = "403", description = "an API token has no password")
    public void changePassword(@Valid @NotNull PasswordChangeRequest request) {
        users.changeOwnPassword(callers.current().name(), request.currentPassword(), request.newPassword());
    }
}
