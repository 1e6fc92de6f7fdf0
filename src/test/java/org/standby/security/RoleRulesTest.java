package org.standby.security;

import static org.hamcrest.Matchers.equalTo;
import static org.standby.support.Api.admin;
import static org.standby.support.Api.anonymous;
import static org.standby.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.standby.support.TeamFixture;

/**
 * Every foundation endpoint, called by every kind of caller: the team's admin, director, member and viewer, the
 * director and member of another team, and nobody. Each cell of the table is one test; a refusal is checked to
 * be problem+json with the expected status. The rule: 403 when the caller's role may never do this, 404 when
 * the role may but the team is not theirs (so other teams' existence is not revealed).
 */
@QuarkusTest
class RoleRulesTest {

    private static final List<String> CALLERS =
            List.of("admin", "director", "member", "viewer", "otherDirector", "otherMember", "anonymous");

    private TeamFixture team;
    private TeamFixture other;

    record Call(String method, String template, Supplier<String> path, Supplier<Object> body) {}

    @TestFactory
    Stream<DynamicTest> everyEndpointForEveryRole() {
        team = TeamFixture.create();
        other = TeamFixture.create();
        List<DynamicTest> tests = new ArrayList<>();
        String teamPath = "/api/teams/" + team.teamId;

        // expected status per caller, in the order of CALLERS
        row(tests, new Call("GET", "/api/teams", () -> "/api/teams", null), 200, 200, 200, 200, 200, 200, 401);
        row(tests, new Call("GET", "/api/teams/{teamId}", () -> teamPath, null), 200, 200, 200, 200, 404, 404, 401);
        row(
                tests,
                new Call("POST", "/api/teams", () -> "/api/teams", this::teamBody),
                201,
                403,
                403,
                403,
                403,
                403,
                401);
        row(
                tests,
                new Call("PUT", "/api/teams/{teamId}", () -> teamPath, this::teamBody),
                200,
                200,
                403,
                403,
                404,
                403,
                401);
        row(
                tests,
                new Call("DELETE", "/api/teams/{teamId}", () -> "/api/teams/" + emptyTeam(), null),
                204,
                403,
                403,
                403,
                403,
                403,
                401);
        row(
                tests,
                new Call("GET", "/api/teams/{teamId}/members", () -> teamPath + "/members", null),
                200,
                200,
                200,
                200,
                404,
                404,
                401);
        row(
                tests,
                new Call(
                        "GET",
                        "/api/teams/{teamId}/members/{memberId}",
                        () -> teamPath + "/members/" + team.memberId,
                        null),
                200,
                200,
                200,
                200,
                404,
                404,
                401);
        row(
                tests,
                new Call("POST", "/api/teams/{teamId}/members", () -> teamPath + "/members", this::memberBody),
                201,
                201,
                403,
                403,
                404,
                403,
                401);
        row(
                tests,
                new Call(
                        "PUT",
                        "/api/teams/{teamId}/members/{memberId}",
                        () -> teamPath + "/members/" + team.otherMemberId,
                        this::memberBody),
                200,
                200,
                403,
                403,
                404,
                403,
                401);
        row(
                tests,
                new Call(
                        "DELETE",
                        "/api/teams/{teamId}/members/{memberId}",
                        () -> teamPath + "/members/" + newMember(),
                        null),
                204,
                204,
                403,
                403,
                404,
                403,
                401);
        row(tests, new Call("GET", "/api/users", () -> "/api/users", null), 200, 403, 403, 403, 403, 403, 401);
        row(
                tests,
                new Call("GET", "/api/users/{username}", () -> "/api/users/" + team.member, null),
                200,
                403,
                403,
                403,
                403,
                403,
                401);
        row(
                tests,
                new Call("POST", "/api/users", () -> "/api/users", this::userBody),
                201,
                403,
                403,
                403,
                403,
                403,
                401);
        row(
                tests,
                new Call("PUT", "/api/users/{username}", () -> "/api/users/" + team.viewer, this::viewerUpdate),
                200,
                403,
                403,
                403,
                403,
                403,
                401);
        row(
                tests,
                new Call("DELETE", "/api/users/{username}", () -> "/api/users/" + newUser(), null),
                204,
                403,
                403,
                403,
                403,
                403,
                401);
        row(
                tests,
                new Call("GET", "/api/api-tokens", () -> "/api/api-tokens", null),
                200,
                403,
                403,
                403,
                403,
                403,
                401);
        row(
                tests,
                new Call("POST", "/api/api-tokens", () -> "/api/api-tokens", () -> Map.of("name", "intranet widget")),
                201,
                403,
                403,
                403,
                403,
                403,
                401);
        row(
                tests,
                new Call("DELETE", "/api/api-tokens/{id}", () -> "/api/api-tokens/" + newToken(), null),
                204,
                403,
                403,
                403,
                403,
                403,
                401);
        row(tests, new Call("GET", "/api/me", () -> "/api/me", null), 200, 200, 200, 200, 200, 200, 401);
        return tests.stream();
    }

    private void row(List<DynamicTest> tests, Call call, int... expected) {
        for (int i = 0; i < CALLERS.size(); i++) {
            String caller = CALLERS.get(i);
            int status = expected[i];
            // named by the path template: naming a test must not create the data its call needs
            String name = call.method() + " " + call.template() + " as " + caller + " -> " + status;
            tests.add(DynamicTest.dynamicTest(name, () -> {
                RequestSpecification request = request(caller);
                if (call.body() != null) {
                    request = request.body(call.body().get());
                }
                var response =
                        request.request(call.method(), call.path().get()).then().statusCode(status);
                if (status >= 400) {
                    response.contentType("application/problem+json").body("status", equalTo(status));
                }
                if (status == 401) {
                    response.header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Basic"));
                }
            }));
        }
    }

    private RequestSpecification request(String caller) {
        return switch (caller) {
            case "admin" -> admin();
            case "director" -> as(team.director);
            case "member" -> as(team.member);
            case "viewer" -> as(team.viewer);
            case "otherDirector" -> as(other.director);
            case "otherMember" -> as(other.member);
            default -> anonymous();
        };
    }

    private Object teamBody() {
        return Map.of(
                "name",
                "Renamed " + System.nanoTime(),
                "timeZone",
                "Europe/Berlin",
                "holidayRegion",
                "DE-HE",
                "handoverTime",
                "07:30");
    }

    private Object memberBody() {
        return Map.of("name", "New Person", "fte", "0.8");
    }

    private Object userBody() {
        return Map.of("username", "u" + System.nanoTime(), "password", "a-long-password", "roles", List.of("viewer"));
    }

    private Object viewerUpdate() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("roles", List.of("viewer"));
        body.put("teamIds", List.of(team.teamId));
        return body;
    }

    private long emptyTeam() {
        return admin().body(teamBody())
                .post("/api/teams")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private long newMember() {
        return admin().body(memberBody())
                .post("/api/teams/" + team.teamId + "/members")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private String newUser() {
        Object body = userBody();
        admin().body(body).post("/api/users").then().statusCode(201);
        return (String) ((Map<?, ?>) body).get("username");
    }

    private long newToken() {
        return admin().body(Map.of("name", "to revoke"))
                .post("/api/api-tokens")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }
}
