package org.standby.security.dto;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UserResponse")
public record UserResponse(
        String username,
        List<String> roles,
        List<Long> teamIds,
        boolean allTeams,
        Instant createdAt,

        @Schema(description = "the stored version, also the ETag; send it back as If-Match to change the user")
        long version) {}
