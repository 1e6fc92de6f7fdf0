package org.standby.security.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.standby.security.SsoSettings.RolesFrom;

@Schema(
        name = "SsoSettingsRequest",
        description = "how people who sign in with the school's identity provider get "
                + "their roles and teams, and whether local passwords still work")
public record SsoSettingsRequest(
        @NotNull @Schema(
                description = "GROUPS: from the token's groups claim through 'groups'; USERS: from Standby's user "
                        + "table (a first sign-in creates the user as a viewer of no team)")
        RolesFrom rolesFrom,

        @NotNull @Schema(
                description = "false: HTTP Basic and the form login are refused while single sign-on is configured "
                        + "(API tokens keep working)")
        Boolean localPasswords,

        @Size(max = 200) List<@NotNull @Valid SsoGroupMapping> groups) {}
