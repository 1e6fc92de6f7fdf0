package org.standby.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.standby.support.Api.admin;
import static org.standby.support.Api.as;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.standby.support.Api;
import org.standby.support.Parallel;
import org.standby.support.TeamFixture;

/**
 * Issue 22: every editable record (team, member, user; the policy has its own test) answers its version as ETag,
 * refuses a write based on an older version with 412, and of many writes from the same version exactly one wins:
 * the others get 409 or 412, none a 500, and the stored record is the acknowledged one.
 */
@QuarkusTest
class RecordVersionTest {

    private static final int WRITERS = 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Map<String, Object> team(String name) {
        return Map.of("name", name, "timeZone", "Europe/Berlin", "holidayRegion", "DE-HE", "handoverTime", "08:00");
    }

    private static Map<String, Object> member(String name) {
        return Map.of("name", name, "fte", "1.0");
    }

    private static Map<String, Object> user(TeamFixture fixture, String role) {
        return Map.of("roles", List.of(role), "teamIds", List.of(fixture.teamId));
    }

    @Test
    void aTeamChangeFromAnOldVersionIsRefusedAndNothingIsStored() {
        TeamFixture fixture = TeamFixture.create();
        String path = "/api/teams/" + fixture.teamId;
        checkSequence(() -> as(fixture.director), path, i -> team("Renamed " + i), "name", "the team");
    }

    @Test
    void aClientThatSendsBackWhatItReadGetsA409WhenSomebodySavedMeanwhile() {
        TeamFixture fixture = TeamFixture.create();
        String path = "/api/teams/" + fixture.teamId;
        Map<String, Object> read = new java.util.HashMap<>(
                as(fixture.director).get(path).then().extract().jsonPath().getMap("$"));
        read.remove("id");
        Map<String, Object> first = new java.util.HashMap<>(read);
        first.put("name", "First");
        as(fixture.director).body(first).put(path).then().statusCode(200).body("name", equalTo("First"));
        Map<String, Object> second = new java.util.HashMap<>(read);
        second.put("name", "Second");
        as(fixture.director)
                .body(second)
                .put(path)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("version"));
        as(fixture.director).get(path).then().body("name", equalTo("First"));
        // a create names no version
        admin().body(Map.of(
                        "name",
                        "New",
                        "timeZone",
                        "Europe/Berlin",
                        "holidayRegion",
                        "DE-HE",
                        "handoverTime",
                        "08:00",
                        "version",
                        3))
                .post("/api/teams")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("version"));
    }

    @Test
    void aMemberChangeFromAnOldVersionIsRefusedAndNothingIsStored() {
        TeamFixture fixture = TeamFixture.create();
        String path = "/api/teams/" + fixture.teamId + "/members/" + fixture.otherMemberId;
        checkSequence(() -> as(fixture.director), path, i -> member("Renamed " + i), "name", "the member");
    }

    @Test
    void aUserChangeFromAnOldVersionIsRefusedAndNothingIsStored() {
        TeamFixture fixture = TeamFixture.create();
        String path = "/api/users/" + fixture.viewer;
        // 0: director, 1: viewer, ...: the stored role tells which write landed
        checkSequence(Api::admin, path, i -> user(fixture, i % 2 == 0 ? "director" : "viewer"), "roles[0]", "the user");
    }

    private static void checkSequence(
            Supplier<RequestSpecification> caller,
            String path,
            IntFunction<Map<String, Object>> change,
            String field,
            String what) {
        String etag = caller.get().get(path).then().statusCode(200).extract().header("ETag");
        assertThat(etag).matches("\"\\d+\"");
        Object before = caller.get().get(path).then().extract().jsonPath().get(field);

        String next = caller.get()
                .header("If-Match", etag)
                .body(change.apply(0))
                .put(path)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        assertThat(next).isNotEqualTo(etag);
        Object saved = caller.get()
                .get(path)
                .then()
                .header("ETag", next)
                .extract()
                .jsonPath()
                .get(field);
        assertThat(saved).isNotEqualTo(before);

        // a second writer who read the first version is refused, and the first write stands
        caller.get()
                .header("If-Match", etag)
                .body(change.apply(1))
                .put(path)
                .then()
                .statusCode(412)
                .contentType("application/problem+json")
                .body("detail", containsString("version"));
        caller.get().get(path).then().header("ETag", next).body(field, equalTo(saved));
        // a malformed If-Match names the header; "*" and no header mean "whatever is stored"
        caller.get()
                .header("If-Match", "yesterday")
                .body(change.apply(1))
                .put(path)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("If-Match"))
                .body("detail", containsString(what));
        caller.get()
                .header("If-Match", "*")
                .body(change.apply(1))
                .put(path)
                .then()
                .statusCode(200);
    }

    @Test
    void manyTeamWritesFromOneVersionLetExactlyOneWin() throws Exception {
        TeamFixture fixture = TeamFixture.create();
        String path = "/api/teams/" + fixture.teamId;
        race(fixture.director, path, i -> team("Parallel " + i), "name");
    }

    @Test
    void manyMemberWritesFromOneVersionLetExactlyOneWin() throws Exception {
        TeamFixture fixture = TeamFixture.create();
        String path = "/api/teams/" + fixture.teamId + "/members/" + fixture.otherMemberId;
        race(fixture.director, path, i -> member("Parallel " + i), "name");
    }

    @Test
    void manyUserWritesFromOneVersionLetExactlyOneWin() throws Exception {
        TeamFixture fixture = TeamFixture.create();
        String path = "/api/users/" + fixture.viewer;
        // each writer sets another password: the one acknowledged is the one that logs in
        race(
                Api.ADMIN,
                path,
                i -> Map.of(
                        "roles",
                        List.of("viewer"),
                        "teamIds",
                        List.of(fixture.teamId),
                        "password",
                        "parallel-password-" + i),
                null);
    }

    private static void race(String username, String path, IntFunction<Map<String, Object>> change, String field)
            throws Exception {
        String etag = (Api.ADMIN.equals(username) ? admin() : as(username))
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        List<Parallel.Call> calls = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            calls.add(new Parallel.Call("PUT", path, JSON.writeValueAsString(change.apply(i)), "If-Match", etag));
        }
        List<Parallel.Answer> answers = Parallel.send(username, calls);
        Map<Integer, Long> statuses =
                answers.stream().collect(Collectors.groupingBy(Parallel.Answer::status, Collectors.counting()));
        assertThat(statuses.keySet()).as("%s", statuses).isSubsetOf(200, 409, 412);
        assertThat(statuses.get(200)).as("%s", statuses).isEqualTo(1L);
        int winner = -1;
        for (int i = 0; i < answers.size(); i++) {
            if (answers.get(i).status() == 200) {
                winner = i;
            } else {
                assertThat(answers.get(i)
                                .response()
                                .headers()
                                .firstValue("Content-Type")
                                .orElse(""))
                        .startsWith("application/problem+json");
            }
        }
        String winnerTag =
                answers.get(winner).response().headers().firstValue("ETag").orElseThrow();
        var stored = (Api.ADMIN.equals(username) ? admin() : as(username))
                .get(path)
                .then()
                .statusCode(200)
                .header("ETag", winnerTag)
                .extract()
                .jsonPath();
        if (field != null) {
            assertThat(stored.getString(field)).isEqualTo(change.apply(winner).get(field));
        } else {
            // the user's password: the winner's logs in, the losers' do not (three of them, below the login limit)
            String user = path.substring(path.lastIndexOf('/') + 1);
            for (int i = 0, losers = 0; i < WRITERS && losers < 3; i++) {
                if (i != winner) {
                    losers++;
                }
                io.restassured.RestAssured.given()
                        .auth()
                        .preemptive()
                        .basic(user, (String) change.apply(i).get("password"))
                        .get("/api/me")
                        .then()
                        .statusCode(i == winner ? 200 : 401);
            }
            io.restassured.RestAssured.given()
                    .auth()
                    .preemptive()
                    .basic(user, (String) change.apply(winner).get("password"))
                    .get("/api/me")
                    .then()
                    .statusCode(200);
        }
    }
}
