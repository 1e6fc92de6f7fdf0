package org.standby.security;

import java.util.Set;

/**
 * Who is calling, as far as team visibility goes: a user or an API token, its roles, and the teams it may see.
 * {@code allTeams} is set for admins and for directors or tokens given every team.
 */
public record Caller(String name, Set<String> roles, boolean allTeams, Set<Long> teamIds) {

    public boolean is(String role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return is(Roles.ADMIN);
    }

    public boolean sees(long teamId) {
        return allTeams || isAdmin() || teamIds.contains(teamId);
    }

    /** May direct the team: an admin, or a director who belongs to it. */
    public boolean directs(long teamId) {
        return isAdmin() || (is(Roles.DIRECTOR) && sees(teamId));
    }

    /** May see members' e-mail addresses and phone numbers: everyone but a plain viewer. */
    public boolean seesContactDetails() {
        return isAdmin() || is(Roles.DIRECTOR) || is(Roles.MEMBER);
    }
}
