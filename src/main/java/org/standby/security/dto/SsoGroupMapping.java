package org.standby.security.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SsoGroupMapping", description = "what membership in one group of the identity provider gives")
public record SsoGroupMapping(
        @NotBlank @Size(max = 200) @Schema(
                description = "the group as the groups claim names it (Keycloak: its name or path, Entra ID: its "
                        + "object id)",
                examples = "standby-directors")
        String group,

        @Schema(description = "any of admin, director, member, viewer")
        List<@NotNull String> roles,

        List<@NotNull Long> teamIds,

        @Schema(description = "act for every team, including later ones")
        Boolean allTeams) {}
