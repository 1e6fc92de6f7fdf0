package org.standby.security.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.standby.security.SsoSettings.RolesFrom;

@Schema(
        name = "SsoSettingsResponse",
        description = "single sign-on: the operator's configuration (enabled, claims) " + "and the admin's settings")
public record SsoSettingsResponse(
        boolean enabled,
        String usernameClaim,
        String groupsClaim,
        RolesFrom rolesFrom,
        boolean localPasswords,
        List<SsoGroupMapping> groups) {}
