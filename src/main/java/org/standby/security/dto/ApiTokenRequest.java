package org.standby.security.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ApiTokenRequest", description = "roles default to [viewer]")
public record ApiTokenRequest(
        @NotBlank @Size(max = 100) String name,
        List<@NotNull String> roles,
        List<@NotNull Long> teamIds,
        Boolean allTeams) {}
