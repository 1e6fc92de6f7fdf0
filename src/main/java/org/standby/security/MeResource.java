package org.standby.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.standby.security.dto.MeResponse;

@Path("/api/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
public class MeResource {

    @Inject
    CallerService callers;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MEMBER, Roles.VIEWER})
    @Operation(summary = "Who am I: the caller's roles and teams (any role)")
    @APIResponse(responseCode = "200", description = "the caller")
    public MeResponse me() {
        Caller caller = callers.current();
        return new MeResponse(caller.name(), List.copyOf(new java.util.TreeSet<>(caller.roles())), caller.allTeams(),
                caller.teamIds().stream().sorted().toList());
    }
}
