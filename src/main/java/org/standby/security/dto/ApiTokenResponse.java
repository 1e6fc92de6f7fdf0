package org.standby.security.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ApiTokenResponse", description = "token is present only in the answer to its creation")
public record ApiTokenResponse(
        Long id,
        String name,
        String token,
        List<String> roles,
        List<Long> teamIds,
        boolean allTeams,
        String createdBy,
        Instant createdAt,
        Instant lastUsedAt) {}
