package org.standby.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.standby.support.Api.admin;
import static org.standby.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.standby.support.TeamFixture;

/** Bad input is a 400 naming the field, and a refused request stores nothing. */
@QuarkusTest
class TeamValidationTest {

    private static Map<String, Object> team(String name, String zone, String region, String handover) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("timeZone", zone);
        body.put("holidayRegion", region);
        body.put("handoverTime", handover);
        return body;
    }

    private static int teamCount() {
        return admin().get("/api/teams?size=200")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getInt("total");
    }

    @Test
    void unknownTimeZoneAndRegionAreBothNamed() {
        int before = teamCount();
        admin().body(team("Moon base", "Mars/Olympus", "XX-YY", "08:00"))
                .post("/api/teams")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("timeZone"))
                .body("errors.field", hasItem("holidayRegion"))
                .body("errors.find { it.field == 'holidayRegion' }.message", containsString("DE-HE"));
        assertThat(teamCount()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}={1} is refused")
    @CsvSource(
            delimiter = '|',
            value = {
                "name|''",
                "timeZone|'+02:00'",
                "holidayRegion|'DE-XX'",
                "handoverTime|'25:00'",
                "handoverTime|'8 o''clock'",
            })
    void eachBadTeamFieldIsNamed(String field, String value) {
        Map<String, Object> body = team("Valid", "Europe/Berlin", "DE-HE", "08:00");
        body.put(field, value);
        int before = teamCount();
        admin().body(body)
                .post("/api/teams")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem(field))
                .body("detail", not(containsString("Exception")));
        assertThat(teamCount()).isEqualTo(before);
    }

    @Test
    void regionCodesAreCaseInsensitiveAndStoredUpperCase() {
        admin().body(team("Italia", "Europe/Rome", "it", "08:00"))
                .post("/api/teams")
                .then()
                .statusCode(201)
                .body("holidayRegion", equalTo("IT"));
    }

    @Test
    void anUpdateThatIsRefusedLeavesTheTeamAsItWas() {
        TeamFixture fixture = TeamFixture.create();
        String before = admin().get("/api/teams/" + fixture.teamId).asString();
        as(fixture.director)
                .body(team("Changed", "Mars/Olympus", "DE-HE", "09:00"))
                .put("/api/teams/" + fixture.teamId)
                .then()
                .statusCode(400);
        assertThat(admin().get("/api/teams/" + fixture.teamId).asString()).isEqualTo(before);
    }

    @ParameterizedTest(name = "fte {0} is refused")
    @CsvSource({"0", "1.5", "-0.5"})
    void fteMustBeAboveZeroAndAtMostOne(String fte) {
        TeamFixture fixture = TeamFixture.create();
        admin().body(Map.of("name", "Part Timer", "fte", fte))
                .post("/api/teams/" + fixture.teamId + "/members")
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("fte")));
        assertMemberCount(fixture, 2);
    }

    @Test
    void emptyMemberNameIsRefused() {
        TeamFixture fixture = TeamFixture.create();
        admin().body(Map.of("name", " ", "fte", "1"))
                .post("/api/teams/" + fixture.teamId + "/members")
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("name")));
        assertMemberCount(fixture, 2);
    }

    @Test
    void activeUntilBeforeActiveFromIsRefused() {
        TeamFixture fixture = TeamFixture.create();
        admin().body(Map.of("name", "Joiner", "fte", "1", "activeFrom", "2027-02-01", "activeUntil", "2027-01-31"))
                .post("/api/teams/" + fixture.teamId + "/members")
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("activeUntil")));
        assertMemberCount(fixture, 2);
    }

    @Test
    void aMemberWhoJoinsMidYearIsStoredWithTheWindow() {
        TeamFixture fixture = TeamFixture.create();
        admin().body(Map.of("name", "Joiner", "fte", "1", "activeFrom", "2027-02-01"))
                .post("/api/teams/" + fixture.teamId + "/members")
                .then()
                .statusCode(201)
                .header("Location", containsString("/members/"))
                .body("activeFrom", equalTo("2027-02-01"));
        assertMemberCount(fixture, 3);
    }

    @Test
    void aBodyThatIsNotJsonIsRefused() {
        TeamFixture fixture = TeamFixture.create();
        admin().body("{\"name\": \"Broken\", fte: ")
                .post("/api/teams/" + fixture.teamId + "/members")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("body"));
        assertMemberCount(fixture, 2);
    }

    @Test
    void anIdInTheBodyCannotBeSmuggledIn() {
        TeamFixture fixture = TeamFixture.create();
        admin().body(Map.of("id", 999_999, "name", "Sneaky", "fte", "1"))
                .post("/api/teams/" + fixture.teamId + "/members")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("id"));
        assertMemberCount(fixture, 2);
    }

    @Test
    void aTeamIdInTheBodyCannotMoveAMember() {
        TeamFixture fixture = TeamFixture.create();
        TeamFixture other = TeamFixture.create();
        admin().body(Map.of("teamId", other.teamId, "name", "Mover", "fte", "1"))
                .put("/api/teams/" + fixture.teamId + "/members/" + fixture.memberId)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("teamId"));
        assertMemberCount(other, 2);
    }

    @Test
    void aTeamWithMembersCannotBeDeleted() {
        TeamFixture fixture = TeamFixture.create();
        admin().delete("/api/teams/" + fixture.teamId).then().statusCode(409);
        admin().get("/api/teams/" + fixture.teamId).then().statusCode(200);
    }

    @Test
    void membersOfOneTeamCannotReadOrChangeAnother() {
        TeamFixture mine = TeamFixture.create();
        TeamFixture theirs = TeamFixture.create();
        String theirMember = "/api/teams/" + theirs.teamId + "/members/" + theirs.memberId;
        as(mine.member).get("/api/teams/" + theirs.teamId).then().statusCode(404);
        as(mine.member).get(theirMember).then().statusCode(404);
        as(mine.director)
                .body(Map.of("name", "Hijacked", "fte", "1"))
                .put(theirMember)
                .then()
                .statusCode(404);
        // a member id of another team under one's own team path is not found either
        as(mine.director)
                .get("/api/teams/" + mine.teamId + "/members/" + theirs.memberId)
                .then()
                .statusCode(404);
        admin().get(theirMember).then().statusCode(200).body("name", not(equalTo("Hijacked")));
    }

    @Test
    void viewersDoNotSeeContactDetails() {
        TeamFixture fixture = TeamFixture.create();
        as(fixture.viewer)
                .get("/api/teams/" + fixture.teamId + "/members/" + fixture.memberId)
                .then()
                .statusCode(200)
                .body("email", equalTo(null))
                .body("phone", equalTo(null));
        as(fixture.otherMember)
                .get("/api/teams/" + fixture.teamId + "/members/" + fixture.memberId)
                .then()
                .statusCode(200)
                .body("email", containsString("@school.example"));
    }

    private static void assertMemberCount(TeamFixture fixture, int expected) {
        admin().get("/api/teams/" + fixture.teamId + "/members")
                .then()
                .statusCode(200)
                .body("total", equalTo(expected));
    }
}
