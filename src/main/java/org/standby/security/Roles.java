package org.standby.security;

import java.util.Set;

/** The four roles of Standby, as used in {@code @RolesAllowed}. */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String DIRECTOR = "director";
    public static final String MEMBER = "member";
    public static final String VIEWER = "viewer";

    public static final Set<String> ALL = Set.of(ADMIN, DIRECTOR, MEMBER, VIEWER);

    private Roles() {}
}
