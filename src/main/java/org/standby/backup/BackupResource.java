package org.standby.backup;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.standby.security.Roles;

@Path("/api/admin/backups")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations")
public class BackupResource {

    @Inject
    BackupService backups;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Write an online backup of the embedded H2 database (a zip in STANDBY_DATA_DIR/backups) "
                    + "while the service keeps answering; restore it by unzipping into an empty data directory")
    @APIResponse(responseCode = "201", description = "the backup file, its size and time")
    @APIResponse(responseCode = "403", description = "not an admin")
    @APIResponse(responseCode = "409", description = "the service runs on PostgreSQL: use pg_dump")
    public Response create() {
        BackupService.Backup backup = backups.create();
        // no Location: a backup is a file for the operator, not a resource of the API
        return Response.status(Response.Status.CREATED).entity(backup).build();
    }
}
