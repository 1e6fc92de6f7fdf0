package org.standby.support;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Test-only endpoint that fails unexpectedly, to check the 500 answer. */
@Path("/test-only/boom")
public class FailingResource {

    @GET
    @PermitAll
    @Operation(summary = "fails, for tests")
    @APIResponse(responseCode = "500", description = "always")
    public String boom() {
        throw new IllegalStateException("internal detail that must not leak");
    }
}
