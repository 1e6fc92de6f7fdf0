package org.standby.policy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.standby.policy.dto.PolicyDocument;
import org.standby.security.Roles;

@Path("/api/teams/{teamId}/policy")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Coverage policy")
public class PolicyResource {

    @Inject
    PolicyService policies;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MEMBER, Roles.VIEWER})
    @Operation(summary = "The team's coverage policy (the documented default until a director sets one)")
    @APIResponse(responseCode = "200", description = "the policy")
    @APIResponse(responseCode = "404", description = "no such team, or not the caller's")
    public PolicyDocument get(@PathParam("teamId") long teamId) {
        return policies.get(teamId);
    }

    @PUT
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR})
    @Operation(summary = "Replace the team's coverage policy (admin, or a director of the team)")
    @APIResponse(responseCode = "200", description = "the stored policy")
    @APIResponse(responseCode = "400", description = "invalid policy: negative weight, unknown day type, "
            + "overlapping shifts for one day type, ...")
    @APIResponse(responseCode = "403", description = "not a director of this team")
    @APIResponse(responseCode = "404", description = "no such team, or not the caller's")
    public PolicyDocument put(@PathParam("teamId") long teamId, @Valid @NotNull PolicyDocument policy) {
        return policies.put(teamId, policy);
    }
}
