package org.standby.calendar;

import static org.hamcrest.Matchers.equalTo;
import static org.standby.support.Api.admin;
import static org.standby.support.Api.anonymous;
import static org.standby.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.standby.support.TeamFixture;

/**
 * Every calendar endpoint for every kind of caller, as the foundation's RoleRulesTest does: 403 when the role may
 * never do this, 404 when it may but the team is not the caller's, 401 without login.
 */
@QuarkusTest
class CalendarRoleRulesTest {

    private static final List<String> CALLERS =
            List.of("admin", "director", "member", "viewer", "otherDirector", "otherMember", "anonymous");
    private static final AtomicInteger DAY = new AtomicInteger();

    private TeamFixture team;
    private TeamFixture other;

    record Call(String method, Supplier<String> path, Supplier<Object> body, String contentType) {}

    @TestFactory
    Stream<DynamicTest> everyCalendarEndpointForEveryRole() {
        team = TeamFixture.create();
        other = TeamFixture.create();
        List<DynamicTest> tests = new ArrayList<>();
        String teamPath = "/api/teams/" + team.teamId;

        row(tests, json("GET", () -> "/api/holidays?region=DE-HE&year=2027", null), 200, 200, 200, 200, 200, 200, 401);
        row(tests, json("GET", () -> "/api/holidays/regions", null), 200, 200, 200, 200, 200, 200, 401);
        row(tests, json("GET", () -> teamPath + "/periods", null), 200, 200, 200, 200, 404, 404, 401);
        row(tests, json("GET", () -> teamPath + "/periods/" + newPeriod(), null), 200, 200, 200, 200, 404, 404, 401);
        row(tests, json("POST", () -> teamPath + "/periods", this::periodBody), 201, 201, 403, 403, 404, 403, 401);
        row(tests, json("DELETE", () -> teamPath + "/periods/" + newPeriod(), null), 204, 204, 403, 403, 404, 403, 401);
        row(
                tests,
                new Call(
                        "POST",
                        () -> teamPath + "/periods/import?dryRun=true",
                        this::calendarBody,
                        "text/calendar; charset=UTF-8"),
                200,
                200,
                403,
                403,
                404,
                403,
                401);
        row(
                tests,
                json("GET", () -> teamPath + "/calendar?from=2027-01-01&to=2027-01-31", null),
                200,
                200,
                200,
                200,
                404,
                404,
                401);
        row(tests, json("GET", () -> teamPath + "/calendar/overrides", null), 200, 200, 200, 200, 404, 404, 401);
        row(
                tests,
                json("POST", () -> teamPath + "/calendar/overrides", this::closureBody),
                201,
                201,
                403,
                403,
                404,
                403,
                401);
        row(
                tests,
                json("DELETE", () -> teamPath + "/calendar/overrides/" + newOverride(), null),
                204,
                204,
                403,
                403,
                404,
                403,
                401);
        return tests.stream();
    }

    private static Call json(String method, Supplier<String> path, Supplier<Object> body) {
        return new Call(method, path, body, "application/json");
    }

    private void row(List<DynamicTest> tests, Call call, int... expected) {
        for (int i = 0; i < CALLERS.size(); i++) {
            String caller = CALLERS.get(i);
            int status = expected[i];
            String name = call.method() + " " + call.path().get().replaceAll("/\\d+", "/{id}") + " as " + caller
                    + " -> " + status;
            tests.add(DynamicTest.dynamicTest(name, () -> {
                RequestSpecification request = request(caller).contentType(call.contentType());
                if (call.body() != null) {
                    request = request.body(call.body().get());
                }
                var response =
                        request.request(call.method(), call.path().get()).then().statusCode(status);
                if (status >= 400) {
                    response.contentType("application/problem+json").body("status", equalTo(status));
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

    /** A one-day period on a day of its own, so that periods made by different rows never overlap. */
    private Object periodBody() {
        String day = java.time.LocalDate.of(2030, 1, 1)
                .plusDays(DAY.incrementAndGet())
                .toString();
        return Map.of("name", "Projektwoche", "kind", "BREAK", "start", day, "end", day);
    }

    private Object closureBody() {
        String day = java.time.LocalDate.of(2031, 1, 1)
                .plusDays(DAY.incrementAndGet())
                .toString();
        return Map.of("date", day, "kind", "CLOSURE", "name", "Founders' Day");
    }

    private Object calendarBody() {
        return IcsPeriodImporterTest.fixture("ashbourne-2026-27.ics");
    }

    private long newPeriod() {
        return admin().body(periodBody())
                .post("/api/teams/" + team.teamId + "/periods")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private long newOverride() {
        return admin().body(closureBody())
                .post("/api/teams/" + team.teamId + "/calendar/overrides")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }
}
