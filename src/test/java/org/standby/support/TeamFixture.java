package org.standby.support;

import static org.standby.support.Api.admin;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A team with a director, two members, a viewer and their logins, created through the API. Every fixture has
 * its own names, so tests can make as many as they need on the shared test database.
 */
public final class TeamFixture {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    public final long teamId;
    public final String director;
    public final String member;
    public final String otherMember;
    public final String viewer;
    public final long memberId;
    public final long otherMemberId;

    private TeamFixture(long teamId, String prefix) {
        this.teamId = teamId;
        this.director = prefix + "-director";
        this.member = prefix + "-member";
        this.otherMember = prefix + "-member2";
        this.viewer = prefix + "-viewer";
        user(director, "director");
        user(member, "member");
        user(otherMember, "member");
        user(viewer, "viewer");
        this.memberId = member(member, "Ana " + prefix, "1.0");
        this.otherMemberId = member(otherMember, "Ben " + prefix, "0.5");
    }

    /** A new team in Europe/Berlin, region DE-HE, hand-over 08:00. */
    public static TeamFixture create() {
        return create("Europe/Berlin", "DE-HE");
    }

    public static TeamFixture create(String timeZone, String region) {
        String prefix = "t" + COUNTER.incrementAndGet() + "-" + Long.toString(System.nanoTime() % 100000, 36);
        long teamId = admin().body(Map.of(
                        "name",
                        "Team " + prefix,
                        "timeZone",
                        timeZone,
                        "holidayRegion",
                        region,
                        "handoverTime",
                        "08:00"))
                .post("/api/teams")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        return new TeamFixture(teamId, prefix);
    }

    private void user(String username, String role) {
        admin().body(Map.of(
                        "username",
                        username,
                        "password",
                        Api.PASSWORD,
                        "roles",
                        List.of(role),
                        "teamIds",
                        List.of(teamId)))
                .post("/api/users")
                .then()
                .statusCode(201);
    }

    private long member(String username, String name, String fte) {
        return admin().contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        name,
                        "email",
                        username + "@school.example",
                        "phone",
                        "+49 69 000",
                        "fte",
                        fte,
                        "username",
                        username))
                .post("/api/teams/" + teamId + "/members")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }
}
