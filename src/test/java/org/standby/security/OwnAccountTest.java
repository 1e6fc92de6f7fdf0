package org.standby.security;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.standby.support.Api.admin;
import static org.standby.support.Api.anonymous;
import static org.standby.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.standby.support.Api;
import org.standby.support.TeamFixture;

/** Issue 20: /api/me names the caller's member ids, 'me' stands for them, users change their own password. */
@QuarkusTest
class OwnAccountTest {

    @Test
    void meNamesTheCallersMemberIdForEachTeam() {
        TeamFixture team = TeamFixture.create();
        as(team.member)
                .get("/api/me")
                .then()
                .statusCode(200)
                .body("members.size()", equalTo(1))
                .body("members[0].teamId", equalTo((int) team.teamId))
                .body("members[0].memberId", equalTo((int) team.memberId));
        as(team.director).get("/api/me").then().statusCode(200).body("members.size()", equalTo(0));
    }

    @Test
    void meStandsForTheCallersMemberIdInQueriesAndPaths() {
        TeamFixture team = TeamFixture.create();
        as(team.member)
                .body(Map.of("memberId", team.memberId, "start", "2031-02-03", "end", "2031-02-04", "kind", "VACATION"))
                .post("/api/teams/" + team.teamId + "/absences")
                .then()
                .statusCode(201);
        as(team.otherMember)
                .body(Map.of(
                        "memberId", team.otherMemberId, "start", "2031-02-05", "end", "2031-02-06", "kind", "VACATION"))
                .post("/api/teams/" + team.teamId + "/absences")
                .then()
                .statusCode(201);

        as(team.member)
                .get("/api/teams/" + team.teamId + "/absences?memberId=me")
                .then()
                .statusCode(200)
                .body("memberId", equalTo(List.of((int) team.memberId)));
        as(team.member)
                .get("/api/teams/" + team.teamId + "/members/me")
                .then()
                .statusCode(200)
                .body("id", equalTo((int) team.memberId));
        as(team.member)
                .get("/api/teams/" + team.teamId + "/shifts?from=2031-02-01&to=2031-02-28&memberId=me")
                .then()
                .statusCode(200);
        as(team.member).body(Map.of()).post("/api/members/me/feeds").then().statusCode(201);
        // a director without a member record in the team gets a 400 naming the field
        as(team.director)
                .get("/api/teams/" + team.teamId + "/absences?memberId=me")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("memberId"));
        as(team.member)
                .get("/api/teams/" + team.teamId + "/absences?memberId=you")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("memberId"));
    }

    @Test
    void usersChangeTheirOwnPasswordWithTheCurrentOneAndItIsAudited() {
        TeamFixture team = TeamFixture.create();
        String newPassword = "a-new-password-42";
        as(team.viewer)
                .body(Map.of("currentPassword", "wrong-password-1", "newPassword", newPassword))
                .put("/api/me/password")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("currentPassword"));
        as(team.viewer)
                .body(Map.of("currentPassword", Api.PASSWORD, "newPassword", "short"))
                .put("/api/me/password")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("newPassword"));
        as(team.viewer)
                .body(Map.of("newPassword", newPassword))
                .put("/api/me/password")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("currentPassword"));
        as(team.viewer).get("/api/me").then().statusCode(200);

        as(team.viewer)
                .body(Map.of("currentPassword", Api.PASSWORD, "newPassword", newPassword))
                .put("/api/me/password")
                .then()
                .statusCode(204);
        anonymous()
                .auth()
                .preemptive()
                .basic(team.viewer, newPassword)
                .get("/api/me")
                .then()
                .statusCode(200)
                .body("name", equalTo(team.viewer));
        anonymous()
                .auth()
                .preemptive()
                .basic(team.viewer, Api.PASSWORD)
                .get("/api/me")
                .then()
                .statusCode(401);

        admin().get("/api/audit?size=200")
                .then()
                .statusCode(200)
                .body("items.findAll { it.action == 'user.password' }.entityId", hasItem(team.viewer))
                .body("items.findAll { it.entityId == '" + team.viewer + "' }.action", hasItem("user.create"))
                .body(not(org.hamcrest.Matchers.containsString(newPassword)));
    }

    @Test
    void teamSettingsMembersUsersAndTokensAreAudited() {
        TeamFixture team = TeamFixture.create();
        as(team.director)
                .body(Map.of(
                        "name",
                        "Renamed",
                        "timeZone",
                        "Europe/Berlin",
                        "holidayRegion",
                        "DE-HE",
                        "handoverTime",
                        "07:30"))
                .put("/api/teams/" + team.teamId)
                .then()
                .statusCode(200);
        as(team.director)
                .body(Map.of("name", "Ana", "fte", "0.8", "activeUntil", "2031-12-31", "username", team.member))
                .put("/api/teams/" + team.teamId + "/members/" + team.memberId)
                .then()
                .statusCode(200);
        long tokenId = admin().body(Map.of(
                        "name", "intranet " + team.teamId, "roles", List.of("viewer"), "teamIds", List.of(team.teamId)))
                .post("/api/api-tokens")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        admin().delete("/api/api-tokens/" + tokenId).then().statusCode(204);

        as(team.director)
                .get("/api/audit?teamId=" + team.teamId + "&size=200")
                .then()
                .statusCode(200)
                .body("items.action", hasItems("team.create", "team.update", "member.create", "member.update"))
                .body("items.find { it.action == 'member.update' }.after.fte", equalTo(0.8f))
                .body("items.find { it.action == 'member.update' }.before.activeUntil", equalTo(null))
                .body("items.find { it.action == 'member.update' }.after.activeUntil", equalTo("2031-12-31"))
                .body("items.find { it.action == 'team.update' }.after.handoverTime", equalTo("07:30"));
        admin().get("/api/audit?size=200")
                .then()
                .statusCode(200)
                .body(
                        "items.findAll { it.entityId == '" + tokenId + "' && it.entityType == 'api-token' }.action",
                        hasItems("api-token.create", "api-token.revoke"));
    }
}
