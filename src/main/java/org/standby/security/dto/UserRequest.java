package org.standby.security.dto;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A user as an admin writes it. On update the username may be left out (it is the path) and a missing password
 * keeps the old one.
 */
@Schema(name = "UserRequest")
public record UserRequest(
        @Pattern(regexp = "[a-z0-9][a-z0-9._-]{1,63}", message = "2-64 characters: lower-case letters, digits, . _ -") String username,

        @Size(min = 10, max = 200, message = "must be 10 to 200 characters long") @Schema(format = "password")
        String password,

        @NotEmpty @Schema(description = "any of admin, director, member, viewer")
        List<@NotNull String> roles,

        List<@NotNull Long> teamIds,

        @Schema(description = "directors and viewers: act for every team, including later ones")
        Boolean allTeams,

        @Schema(
                description = "the version this change is based on, as read (also the ETag); when given and not the "
                        + "stored one nothing is written (409). Not on create.")
        Long version) {}
