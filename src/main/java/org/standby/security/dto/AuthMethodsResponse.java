package org.standby.security.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "AuthMethodsResponse", description = "how a person can sign in here, for the sign-in page")
public record AuthMethodsResponse(
        @Schema(description = "username and password (the form login and HTTP Basic) are accepted")
        boolean password,

        @Schema(description = "single sign-on with the school's identity provider is configured")
        boolean sso,

        @Schema(
                description = "where the browser goes to sign in with the school account (absent without sso)",
                examples = "/sso/login")
        String ssoLogin,

        @Schema(
                description = "where the browser goes to sign out of a single sign-on session (absent without sso)",
                examples = "/sso/logout")
        String ssoLogout) {}
