package org.standby.security.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MeResponse", description = "who the caller is and which teams they see")
public record MeResponse(String name, List<String> roles, boolean allTeams, List<Long> teamIds) {
}
