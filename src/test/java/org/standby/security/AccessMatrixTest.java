package org.standby.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.standby.support.Api.admin;
import static org.standby.support.Api.as;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.standby.support.RotaFixture;
import org.standby.support.TeamFixture;

/**
 * The access matrix, generated from the OpenAPI document: every operation under {@code /api} x every role
 * (admin, director, member, viewer, nobody) x the caller's own team or another team. Ids in the path are real
 * resources of team A. The expected answer of each cell follows from the roles the document lists for the
 * operation (its {@code @RolesAllowed}) and the access rule of docs/design.md:
 * <ul>
 * <li>nobody: 401 with a Basic challenge;</li>
 * <li>an operation that lists no roles is a public read (@PermitAll GET): nobody's and everybody's call succeeds;</li>
 * <li>a role the operation does not list: 403, before anything is looked up;</li>
 * <li>a listed role of another team, on a path naming team A's resources: 404, exactly as for a resource that
 * does not exist (with a body, a 400 for the body is accepted: it says nothing about team A); never a 2xx;</li>
 * <li>a listed role of team A and the admin: not refused for their role or team (no 401, 403 or 404) on the
 * reads; writes of team A's own callers are the feature tests' subject.</li>
 * </ul>
 * Refusals are problem+json with their status. The refused calls run first and must change nothing; the reads
 * after them still find team A's data. Callers are API tokens with the role and team (bcrypt-free, so the whole
 * matrix runs in seconds), except the members, who are the teams' member logins (a token is nobody's member);
 * RoleRulesTest covers the same rules for password logins.
 */
@QuarkusTest
class AccessMatrixTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ROLES = List.of("admin", "director", "member", "viewer");
    /** Marks a caller that logs in with its username and the test password instead of a token. */
    private static final String LOGIN = "login:";

    private TeamFixture team;
    private final Map<String, String> ids = new LinkedHashMap<>();
    private final Map<String, String> tokens = new LinkedHashMap<>();

    /**
     * One cell. {@code query}: the operation's date range parameters (from/to), given valid values so that the cell
     * is about access and not a missing parameter; {@code mediaType}: the body's media type as the document lists
     * it (an .ics import takes text/calendar), so that the cell is not about content negotiation.
     */
    record Cell(
            String method,
            String template,
            String caller,
            Set<String> allowed,
            boolean hasBody,
            Set<String> query,
            String mediaType) {

        boolean ownTeam() {
            return !caller.startsWith("other");
        }

        String role() {
            return caller.startsWith("other") ? caller.substring(5).toLowerCase() : caller;
        }
    }

    @TestFactory
    Stream<DynamicTest> everyOperationForEveryRoleAndTeam() throws Exception {
        JsonNode document = JSON.readTree(given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        team = TeamFixture.create();
        TeamFixture other = TeamFixture.create();
        fixtures();
        for (String role : ROLES) {
            tokens.put(role, token(role, team.teamId));
            if (!role.equals("admin")) {
                tokens.put(
                        "other" + Character.toUpperCase(role.charAt(0)) + role.substring(1), token(role, other.teamId));
            }
        }
        // the members are the teams' member logins (Basic, cached after the first check), not tokens: a member
        // token is no member, and members see only the change requests that involve them (README)
        tokens.put("member", LOGIN + team.member);
        tokens.put("otherMember", LOGIN + other.member);
        tokens.put("anonymous", null);

        List<Cell> refusals = new ArrayList<>();
        List<Cell> reads = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (String method : List.of("get", "post", "put", "delete")) {
                JsonNode operation = path.getValue().path(method);
                if (operation.isMissingNode()) {
                    continue;
                }
                Set<String> allowed = new LinkedHashSet<>();
                operation
                        .path("security")
                        .forEach(requirement -> requirement
                                .fields()
                                .forEachRemaining(scheme -> scheme.getValue().forEach(r -> allowed.add(r.asText()))));
                // an operation without roles is public (@PermitAll): only reads may be, such as GET /api/auth/methods
                boolean open = allowed.isEmpty();
                assertThat(!open || method.equals("get"))
                        .as(method + " " + path.getKey() + " lists the roles allowed, or is a public read")
                        .isTrue();
                boolean hasBody = operation.has("requestBody");
                Set<String> query = new LinkedHashSet<>();
                operation.path("parameters").forEach(p -> {
                    if (p.path("in").asText().equals("query")
                            && List.of("from", "to").contains(p.path("name").asText())) {
                        query.add(p.path("name").asText());
                    }
                });
                Iterator<String> mediaTypes =
                        operation.path("requestBody").path("content").fieldNames();
                String mediaType = mediaTypes.hasNext() ? mediaTypes.next() : "application/json";
                for (String caller : tokens.keySet()) {
                    Cell cell =
                            new Cell(method.toUpperCase(), path.getKey(), caller, allowed, hasBody, query, mediaType);
                    if (open) {
                        reads.add(cell); // everybody, nobody included, reads it
                        continue;
                    }
                    boolean refused = caller.equals("anonymous")
                            || !allowed.contains(cell.role())
                            || (!cell.ownTeam() && namesTeamResources(path.getKey()));
                    if (refused) {
                        refusals.add(cell);
                    } else if (method.equals("get")) {
                        reads.add(cell);
                    }
                }
            }
        }
        assertThat(refusals.size() + reads.size()).as("cells of the matrix").isGreaterThan(300);
        List<DynamicTest> tests = new ArrayList<>();
        for (Cell cell : refusals) {
            tests.add(DynamicTest.dynamicTest(name(cell, expected(cell)), () -> checkRefusal(cell)));
        }
        for (Cell cell : reads) {
            tests.add(DynamicTest.dynamicTest(
                    cell.method() + " " + cell.template() + " as " + cell.caller() + " -> allowed",
                    () -> checkAllowedRead(cell)));
        }
        return tests.stream();
    }

    private static boolean namesTeamResources(String template) {
        return template.contains("{") && !template.startsWith("/api/users") && !template.startsWith("/api/api-tokens");
    }

    private static String expected(Cell cell) {
        if (cell.caller().equals("anonymous")) {
            return "401";
        }
        if (!cell.allowed().contains(cell.role())) {
            return "403";
        }
        return cell.hasBody() ? "404 (or 400 for the body)" : "404";
    }

    private static String name(Cell cell, String expected) {
        return cell.method() + " " + cell.template() + " as " + cell.caller() + " -> " + expected;
    }

    private void checkRefusal(Cell cell) {
        Response response = call(cell);
        int status = response.statusCode();
        String expected = expected(cell);
        if (expected.startsWith("404") && cell.hasBody()) {
            assertThat(status)
                    .as(name(cell, expected) + ": " + response.asString())
                    .isIn(400, 404);
        } else {
            assertThat(status)
                    .as(name(cell, expected) + ": " + response.asString())
                    .isEqualTo(Integer.parseInt(expected.substring(0, 3)));
        }
        assertThat(response.contentType()).as(name(cell, expected)).startsWith("application/problem+json");
        assertThat(response.jsonPath().getInt("status")).isEqualTo(status);
        if (status == 401) {
            assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
        }
    }

    private void checkAllowedRead(Cell cell) {
        Response response = call(cell);
        assertThat(response.statusCode())
                .as(cell.method() + " " + cell.template() + " as " + cell.caller() + ": " + response.asString())
                .isNotIn(401, 403, 404)
                .isLessThan(500);
    }

    private Response call(Cell cell) {
        String token = tokens.get(cell.caller());
        RequestSpecification request = given().contentType(cell.mediaType());
        if (token != null && token.startsWith(LOGIN)) {
            request = request.auth()
                    .preemptive()
                    .basic(token.substring(LOGIN.length()), org.standby.support.Api.PASSWORD);
        } else if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        if (cell.hasBody()) {
            request = request.body(cell.mediaType().contains("json") ? "{}" : "");
        }
        if (cell.query().contains("from")) {
            request = request.queryParam("from", LocalDate.now().toString());
        }
        if (cell.query().contains("to")) {
            request = request.queryParam("to", LocalDate.now().plusDays(7).toString());
        }
        String path = cell.template();
        for (Map.Entry<String, String> id : ids.entrySet()) {
            path = path.replace(id.getKey(), id.getValue());
        }
        if (path.startsWith("/api/change-requests/")) {
            path = path.replace("{id}", ids.get("{changeRequestId}"));
        } else if (path.startsWith("/api/api-tokens/")) {
            path = path.replace("{id}", ids.get("{apiTokenId}"));
        }
        assertThat(path)
                .as("every path parameter of " + cell.template() + " has a fixture")
                .doesNotContain("{");
        return request.request(cell.method(), path);
    }

    private String token(String role, long teamId) {
        return admin().body(Map.of("name", "matrix " + role, "roles", List.of(role), "teamIds", List.of(teamId)))
                .post("/api/api-tokens")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("token");
    }

    /** A real resource of team A for every kind of id a path can name. */
    private void fixtures() {
        LocalDate today = LocalDate.now();
        RotaFixture rota = RotaFixture.published(
                team, today.minusDays(3).toString(), today.plusDays(10).toString());
        String teamPath = "/api/teams/" + team.teamId;
        ids.put("{teamId}", Long.toString(team.teamId));
        ids.put("{memberId}", Long.toString(team.memberId));
        ids.put("{rotaId}", Long.toString(rota.rotaId));
        ids.put("{username}", team.viewer);
        List<RotaFixture.Shift> shifts = rota.shifts();
        java.time.Instant now = java.time.Instant.now();
        RotaFixture.Shift future = shifts.stream()
                .filter(s -> s.memberId() != null
                        && java.time.OffsetDateTime.parse(s.start()).toInstant().isAfter(now.plusSeconds(86_400)))
                .findFirst()
                .orElseThrow();
        RotaFixture.Shift past = shifts.stream()
                .filter(s -> s.memberId() != null
                        && java.time.OffsetDateTime.parse(s.end()).toInstant().isBefore(now))
                .findFirst()
                .orElseThrow();
        long taker = future.memberId() == team.memberId ? team.otherMemberId : team.memberId;
        ids.put(
                "{changeRequestId}",
                admin().body(Map.of("type", "COVER", "shiftId", future.id(), "memberId", taker, "reason", "matrix"))
                        .post("/api/rotas/" + rota.rotaId + "/change-requests")
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getString("id"));
        ids.put(
                "{absenceId}",
                as(team.member)
                        .body(Map.of(
                                "memberId",
                                team.memberId,
                                "start",
                                today.plusDays(60).toString(),
                                "end",
                                today.plusDays(61).toString(),
                                "kind",
                                "VACATION"))
                        .post(teamPath + "/absences")
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getString("id"));
        ids.put(
                "{calloutId}",
                admin().body(Map.of(
                                "shiftId",
                                past.id(),
                                "start",
                                java.time.OffsetDateTime.parse(past.start())
                                        .plusMinutes(10)
                                        .toString(),
                                "minutes",
                                20))
                        .post(teamPath + "/callouts")
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getString("id"));
        ids.put(
                "{periodId}",
                admin().body(Map.of(
                                "name",
                                "Matrix term",
                                "kind",
                                "TERM",
                                "start",
                                today.plusYears(3).toString(),
                                "end",
                                today.plusYears(3).plusDays(30).toString()))
                        .post(teamPath + "/periods")
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getString("id"));
        ids.put(
                "{overrideId}",
                admin().body(Map.of(
                                "date",
                                today.plusYears(3).plusDays(3).toString(),
                                "kind",
                                "CLOSURE",
                                "name",
                                "Matrix day"))
                        .post(teamPath + "/calendar/overrides")
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getString("id"));
        ids.put(
                "{feedId}",
                admin().body(Map.of())
                        .post(teamPath + "/feeds")
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getString("id"));
        ids.put(
                "{number}",
                admin().body(Map.of("services", List.of()))
                        .post(teamPath + "/agreement/versions")
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getString("number"));
        ids.put(
                "{apiTokenId}",
                admin().body(Map.of("name", "matrix target"))
                        .post("/api/api-tokens")
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getString("id"));
    }
}
