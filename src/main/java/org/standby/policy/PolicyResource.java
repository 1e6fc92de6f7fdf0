package org.standby.policy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.standby.common.ETags;
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
    @APIResponse(responseCode = "200", description = "the policy; its ETag is its version")
    @APIResponse(responseCode = "404", description = "no such team, or not the caller's")
    public Response get(@PathParam("teamId") long teamId) {
        PolicyDocument policy = policies.get(teamId);
        return Response.ok(policy)
                .tag(new EntityTag(String.valueOf(policy.version())))
                .build();
    }

    @PUT
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR})
    @Operation(summary = "Replace the team's coverage policy (admin, or a director of the team)")
    @APIResponse(responseCode = "200", description = "the stored policy")
    @APIResponse(
            responseCode = "400",
            description =
                    "invalid policy: negative weight, unknown day type, " + "overlapping shifts for one day type, ...")
    @APIResponse(responseCode = "403", description = "not a director of this team")
    @APIResponse(responseCode = "404", description = "no such team, or not the caller's")
    @APIResponse(
            responseCode = "409",
            description =
                    "the body's version is not the stored one, or someone saved " + "the policy at the same moment")
    @APIResponse(responseCode = "412", description = "If-Match names a version that is not the stored one")
    public Response put(
            @PathParam("teamId") long teamId,
            @Parameter(
                            description = "the ETag of the GET this change is based on, e.g. \"3\"; without it (and "
                                    + "without version in the body) the last writer wins")
                    @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch,
            @Valid @NotNull PolicyDocument policy) {
        PolicyDocument stored = policies.put(teamId, policy, version(ifMatch));
        return Response.ok(stored)
                .tag(new EntityTag(String.valueOf(stored.version())))
                .build();
    }

    /** The version an If-Match header names: {@code "3"}, {@code W/"3"} or {@code 3}; null for none or "*". */
    static Long version(String ifMatch) {
        return ETags.ifMatch(ifMatch, "the policy");
    }
}
