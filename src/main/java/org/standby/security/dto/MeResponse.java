package org.standby.security.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "MeResponse",
        description =
                "who the caller is, which teams they see, and their own member record in "
                        + "each team where their login is a member (use memberId, or the word 'me', where a member id is expected)")
public record MeResponse(
        String name, List<String> roles, boolean allTeams, List<Long> teamIds, List<OwnMember> members) {

    @Schema(name = "MeMember", description = "the caller's member record in one team")
    public record OwnMember(long teamId, long memberId, String name) {}
}
