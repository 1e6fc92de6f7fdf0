package org.standby.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.standby.support.Api.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
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
 * The bad-input suite, generated from the service's own OpenAPI document: for every operation with a JSON request
 * body, every property, every list element and every nested object's property is replaced in turn by {@code null},
 * {@code ""}, values of the wrong type, impossible and out-of-range dates, overflowing numbers and unknown enum
 * values; required properties are left out and extra ones ({@code id}, {@code teamId}, {@code roles},
 * {@code status}, {@code version}) are added. The rules checked for every answer:
 * <ul>
 * <li>never a 5xx; every 4xx is {@code application/problem+json} with its status;</li>
 * <li>a 400 has an {@code errors} entry naming a property of the body; when the value was one that can never be
 * right (a wrong type, an impossible date, an overflow, an unknown enum value, a missing required or an extra
 * property) the answer is a 400 whose {@code errors} name that property;</li>
 * <li>a refused create stores nothing: the collection's count grows by exactly the number of 201 answers.</li>
 * </ul>
 * Every failure of one operation is reported together, one line per request, so that a run lists all of them.
 * The calls are made as an admin API token (cheap to check, unlike a bcrypt password per request), or as a member
 * token of the team for the operations only members may call.
 */
@QuarkusTest
class OpenApiBadInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> MASS_ASSIGNED = List.of("id", "teamId", "roles", "status", "version");

    private JsonNode document;
    private TeamFixture team;
    private RotaFixture rota;
    private String token;
    private String adminToken;
    private String memberToken;
    private long futureShiftId;
    private long pastShiftId;
    private String pastShiftStart;
    private final List<String> failures = new ArrayList<>();

    /** A bad value put in one place of a body, and whether it can never be right (so it must be a 400 naming it). */
    record Mutation(String path, List<Object> at, JsonNode value, boolean mustRefuse, String label) {}

    @TestFactory
    Stream<DynamicTest> badValuesInEveryRequestBody() throws Exception {
        document = JSON.readTree(given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        team = TeamFixture.create();
        LocalDate today = LocalDate.now();
        rota = RotaFixture.published(
                team, today.minusDays(7).toString(), today.plusDays(21).toString());
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
        futureShiftId = future.id();
        pastShiftId = past.id();
        pastShiftStart =
                java.time.OffsetDateTime.parse(past.start()).plusMinutes(5).toString();
        adminToken = admin().body(Map.of("name", "bad-input suite", "roles", List.of("admin"), "allTeams", true))
                .post("/api/api-tokens")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("token");
        memberToken = admin().body(Map.of(
                        "name", "bad-input suite member", "roles", List.of("member"), "teamIds", List.of(team.teamId)))
                .post("/api/api-tokens")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("token");

        List<DynamicTest> tests = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : List.of("post", "put")) {
                JsonNode operation = path.getValue().path(method);
                JsonNode schema = operation
                        .path("requestBody")
                        .path("content")
                        .path("application/json")
                        .path("schema");
                if (schema.isMissingNode()) {
                    continue;
                }
                String template = path.getKey();
                Set<String> roles = new LinkedHashSet<>();
                operation
                        .path("security")
                        .forEach(requirement -> requirement
                                .fields()
                                .forEachRemaining(scheme -> scheme.getValue().forEach(r -> roles.add(r.asText()))));
                tests.add(DynamicTest.dynamicTest(
                        method.toUpperCase() + " " + template,
                        () -> exercise(
                                method.toUpperCase(),
                                template,
                                resolve(schema),
                                path.getValue().has("get") && method.equals("post"),
                                roles)));
            }
        }
        assertThat(tests)
                .as("operations with a JSON body in the OpenAPI document")
                .hasSizeGreaterThan(15);
        return tests.stream();
    }

    private void exercise(String method, String template, JsonNode schema, boolean countable, Set<String> roles) {
        failures.clear();
        // an operation the admin may not call (a member's consent to a swap) is called by a member of the team:
        // the admin would get its 403 before the body is read (the access rule), and no bad value is looked at
        token = roles.isEmpty() || roles.contains("admin") ? adminToken : memberToken;
        String path = concrete(template);
        ObjectNode base = (ObjectNode) sample(schema, "", template);
        List<Mutation> mutations = new ArrayList<>();
        mutate(schema, base, "", new ArrayList<>(), mutations, template);
        for (String extra : MASS_ASSIGNED) {
            if (!schema.path("properties").has(extra)) {
                mutations.add(new Mutation(extra, List.of(extra), NODES.numberNode(1), true, "extra property"));
            }
        }
        long before = countable ? count(path) : 0;
        int created = 0;
        for (Mutation mutation : mutations) {
            JsonNode body = apply(base, mutation);
            Response response = send(method, path, body.toString());
            if (response.statusCode() == 201) {
                created++;
            }
            check(
                    method + " " + template + " with " + mutation.path() + " = " + mutation.label(),
                    response,
                    mutation,
                    schema);
        }
        if (countable) {
            long after = count(path);
            if (after - before != created) {
                failures.add(method + " " + template + ": " + (after - before) + " stored, but only " + created
                        + " requests answered 201 (a refused request stored something)");
            }
        }
        assertThat(failures)
                .as("bad input answers of " + method + " " + template)
                .isEmpty();
    }

    private void check(String what, Response response, Mutation mutation, JsonNode schema) {
        int status = response.statusCode();
        String contentType = response.contentType();
        if (status >= 500) {
            failures.add(what + " -> " + status + " " + abbreviate(response.asString()));
            return;
        }
        if (status >= 400) {
            if (contentType == null || !contentType.startsWith("application/problem+json")) {
                failures.add(what + " -> " + status + " with content type " + contentType);
                return;
            }
            JsonNode problem = readTree(response.asString());
            if (problem.path("status").asInt() != status) {
                failures.add(what + " -> " + status + " but problem status " + problem.path("status"));
            }
            if (status == 400) {
                List<String> fields = new ArrayList<>();
                problem.path("errors").forEach(e -> fields.add(e.path("field").asText()));
                Set<String> roots = new LinkedHashSet<>();
                fields.forEach(f -> roots.add(root(f)));
                if (fields.isEmpty()) {
                    failures.add(what + " -> 400 without errors naming a field: " + abbreviate(response.asString()));
                } else if (mutation.mustRefuse() && !roots.contains(root(mutation.path()))) {
                    failures.add(what + " -> 400 naming " + fields + " instead of " + mutation.path());
                } else if (!mutation.mustRefuse()
                        && roots.stream()
                                .noneMatch(r -> schema.path("properties").has(r))) {
                    failures.add(what + " -> 400 naming " + fields + ", no property of the body");
                }
                return;
            }
        }
        if (mutation.mustRefuse() && status != 400) {
            failures.add(what + " -> " + status + " instead of 400 naming " + mutation.path());
        }
    }

    private static String root(String field) {
        int end = field.length();
        for (int i = 0; i < field.length(); i++) {
            if (field.charAt(i) == '.' || field.charAt(i) == '[') {
                end = i;
                break;
            }
        }
        return field.substring(0, end);
    }

    private Response send(String method, String path, String body) {
        return given().header("Authorization", "Bearer " + token)
                .contentType("application/json")
                .body(body)
                .request(method, path);
    }

    private long count(String path) {
        Response response = given().header("Authorization", "Bearer " + token)
                .queryParam("size", 200)
                .get(path);
        if (response.statusCode() != 200) {
            return 0;
        }
        JsonNode node = readTree(response.asString());
        return node.isArray()
                ? node.size()
                : node.path("total").asLong(node.path("items").size());
    }

    /** Every bad value at every place of the body, depth first. */
    private void mutate(
            JsonNode schema, JsonNode value, String path, List<Object> at, List<Mutation> out, String template) {
        JsonNode properties = schema.path("properties");
        Set<String> required = new LinkedHashSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        Iterator<Map.Entry<String, JsonNode>> it = properties.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> property = it.next();
            String name = property.getKey();
            JsonNode propertySchema = resolve(property.getValue());
            String propertyPath = path.isEmpty() ? name : path + "." + name;
            List<Object> propertyAt = append(at, name);
            out.add(new Mutation(propertyPath, propertyAt, NODES.nullNode(), required.contains(name), "null"));
            if (required.contains(name)) {
                out.add(new Mutation(propertyPath, propertyAt, null, true, "(left out)"));
            }
            scalarMutations(propertySchema, propertyPath, propertyAt, out);
            JsonNode current = value == null ? null : value.get(name);
            if ("array".equals(propertySchema.path("type").asText())) {
                JsonNode items = resolve(propertySchema.path("items"));
                out.add(new Mutation(propertyPath, propertyAt, NODES.textNode("not a list"), true, "\"not a list\""));
                out.add(new Mutation(propertyPath, propertyAt, NODES.objectNode(), true, "{}"));
                out.add(new Mutation(propertyPath + "[0]", propertyAt, list(NODES.nullNode()), false, "[null]"));
                out.add(new Mutation(propertyPath + "[0]", propertyAt, list(NODES.textNode("")), false, "[\"\"]"));
                out.add(new Mutation(
                        propertyPath + "[0]", propertyAt, list(NODES.textNode("\u0001")), false, "[\"\\u0001\"]"));
                ArrayNode element = NODES.arrayNode();
                element.add(
                        current != null && current.isArray() && !current.isEmpty()
                                ? current.get(0)
                                : sample(items, name, template));
                List<Mutation> inner = new ArrayList<>();
                if ("object".equals(items.path("type").asText()) || items.has("properties")) {
                    mutate(items, element.get(0), propertyPath + "[0]", append(propertyAt, 0), inner, template);
                } else {
                    scalarMutations(items, propertyPath + "[0]", append(propertyAt, 0), inner);
                }
                for (Mutation m : inner) {
                    // the list itself must exist with one element for the element's mutation to land
                    out.add(new Mutation(m.path(), m.at(), m.value(), m.mustRefuse(), m.label()));
                }
            } else if (propertySchema.has("properties")) {
                out.add(new Mutation(propertyPath, propertyAt, NODES.textNode("x"), true, "\"x\""));
                mutate(propertySchema, current, propertyPath, propertyAt, out, template);
            }
        }
    }

    private static void scalarMutations(JsonNode schema, String path, List<Object> at, List<Mutation> out) {
        String type = schema.path("type").asText();
        String format = schema.path("format").asText();
        if (schema.has("enum")) {
            out.add(new Mutation(path, at, NODES.textNode("NO_SUCH_VALUE"), true, "\"NO_SUCH_VALUE\""));
            out.add(new Mutation(path, at, NODES.textNode(""), false, "\"\""));
            out.add(new Mutation(path, at, NODES.objectNode(), true, "{}"));
            return;
        }
        switch (type) {
            case "integer" -> {
                out.add(new Mutation(path, at, NODES.textNode("abc"), true, "\"abc\""));
                out.add(new Mutation(path, at, NODES.textNode(""), false, "\"\""));
                out.add(new Mutation(
                        path,
                        at,
                        NODES.numberNode(new java.math.BigInteger("99999999999999999999999")),
                        true,
                        "99999999999999999999999"));
                out.add(new Mutation(path, at, NODES.numberNode(Long.MAX_VALUE), false, "Long.MAX_VALUE"));
                out.add(new Mutation(path, at, NODES.numberNode(-1), false, "-1"));
                out.add(new Mutation(path, at, NODES.numberNode(0), false, "0"));
                out.add(new Mutation(path, at, NODES.objectNode(), true, "{}"));
                out.add(new Mutation(path, at, NODES.arrayNode(), true, "[]"));
            }
            case "number" -> {
                out.add(new Mutation(path, at, NODES.textNode("abc"), true, "\"abc\""));
                out.add(new Mutation(path, at, NODES.textNode(""), false, "\"\""));
                out.add(new Mutation(path, at, NODES.numberNode(new java.math.BigDecimal("1e400")), false, "1e400"));
                out.add(new Mutation(path, at, NODES.numberNode(-1), false, "-1"));
                out.add(new Mutation(path, at, NODES.numberNode(1e12), false, "1e12"));
                out.add(new Mutation(path, at, NODES.objectNode(), true, "{}"));
            }
            case "boolean" -> {
                out.add(new Mutation(path, at, NODES.objectNode(), true, "{}"));
                out.add(new Mutation(path, at, NODES.textNode("maybe"), true, "\"maybe\""));
            }
            case "string" -> {
                out.add(new Mutation(path, at, NODES.textNode(""), false, "\"\""));
                out.add(new Mutation(path, at, NODES.objectNode(), true, "{}"));
                out.add(new Mutation(path, at, NODES.arrayNode(), true, "[]"));
                out.add(new Mutation(path, at, NODES.textNode("x".repeat(100_000)), false, "100 000 characters"));
                out.add(new Mutation(path, at, NODES.textNode("a\u0007b\u001bc"), false, "control characters"));
                if (format.equals("date")) {
                    for (String bad : List.of(
                            "2027-02-29",
                            "2027-13-01",
                            "2027-00-10",
                            "99999-01-01",
                            "+999999999-12-31",
                            "27-01-01",
                            "2027-1-1",
                            "tomorrow")) {
                        out.add(new Mutation(path, at, NODES.textNode(bad), true, "\"" + bad + "\""));
                    }
                    for (String edge : List.of("0001-01-01", "9999-12-31", "1970-01-01", "2028-02-29")) {
                        out.add(new Mutation(path, at, NODES.textNode(edge), false, "\"" + edge + "\""));
                    }
                } else if (format.equals("date-time")) {
                    for (String bad : List.of(
                            "2027-02-29T10:00:00Z",
                            "2027-13-01T10:00:00Z",
                            "2027-06-01T25:00:00Z",
                            "+99999-06-01T10:00:00Z",
                            "2027-06-01")) {
                        out.add(new Mutation(path, at, NODES.textNode(bad), true, "\"" + bad + "\""));
                    }
                    for (String edge : List.of("0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z")) {
                        out.add(new Mutation(path, at, NODES.textNode(edge), false, "\"" + edge + "\""));
                    }
                } else if (schema.path("examples").path(0).asText().matches("\\d\\d:\\d\\d")) {
                    for (String bad : List.of("25:00", "12:60", "noon")) {
                        out.add(new Mutation(path, at, NODES.textNode(bad), true, "\"" + bad + "\""));
                    }
                }
            }
            default -> {}
        }
    }

    private static List<Object> append(List<Object> at, Object step) {
        List<Object> next = new ArrayList<>(at);
        next.add(step);
        return next;
    }

    private static ArrayNode list(JsonNode element) {
        ArrayNode list = NODES.arrayNode();
        list.add(element);
        return list;
    }

    /** The base body with the mutation's place set to its value (or removed), creating a one-element list. */
    private JsonNode apply(ObjectNode base, Mutation mutation) {
        JsonNode copy = base.deepCopy();
        JsonNode node = copy;
        List<Object> at = mutation.at();
        for (int i = 0; i < at.size() - 1; i++) {
            Object step = at.get(i);
            JsonNode next = step instanceof Integer index ? node.get(index) : node.get((String) step);
            if (next == null || next.isNull()) {
                return copy;
            }
            node = next;
        }
        Object last = at.get(at.size() - 1);
        if (last instanceof Integer index) {
            ArrayNode array = (ArrayNode) node;
            if (array.isEmpty()) {
                array.add(NODES.nullNode());
            }
            array.set(index, mutation.value() == null ? NODES.nullNode() : mutation.value());
        } else if (mutation.value() == null) {
            ((ObjectNode) node).remove((String) last);
        } else {
            ((ObjectNode) node).set((String) last, mutation.value());
        }
        return copy;
    }

    private JsonNode resolve(JsonNode schema) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            JsonNode referenced =
                    resolve(document.path("components").path("schemas").path(name));
            if (schema.size() == 1 || !referenced.isObject()) {
                return referenced;
            }
            // OpenAPI 3.1: keywords beside $ref apply too and say more than the shared schema (a LocalTime sent as
            // "HH:mm" has the examples ["08:00"] here, the shared LocalTime schema a "13:45:30.123456789")
            ObjectNode merged = ((ObjectNode) referenced).deepCopy();
            schema.fields().forEachRemaining(f -> {
                if (!f.getKey().equals("$ref")) {
                    merged.set(f.getKey(), f.getValue());
                }
            });
            return merged;
        }
        if (schema.has("allOf") && schema.get("allOf").size() == 1) {
            return resolve(schema.get("allOf").get(0));
        }
        if (schema.has("oneOf") && !schema.get("oneOf").isEmpty()) {
            return resolve(schema.get("oneOf").get(0));
        }
        if (schema.has("anyOf") && !schema.get("anyOf").isEmpty()) {
            return resolve(schema.get("anyOf").get(0));
        }
        return schema;
    }

    /** A valid value for the schema, using the team fixture for ids and the property name for meaning. */
    private JsonNode sample(JsonNode schema, String name, String template) {
        schema = resolve(schema);
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        LocalDate far = LocalDate.now().plusYears(2).withDayOfYear(100 + (int) (System.nanoTime() % 200));
        switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                Iterator<Map.Entry<String, JsonNode>> it =
                        schema.path("properties").fields();
                while (it.hasNext()) {
                    Map.Entry<String, JsonNode> property = it.next();
                    JsonNode value = sample(property.getValue(), property.getKey(), template);
                    if (value != null) {
                        object.set(property.getKey(), value);
                    }
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                if (name.equals("removeMemberIds")) {
                    return array;
                }
                JsonNode element = sample(schema.path("items"), name, template);
                if (element != null) {
                    array.add(element);
                }
                return array;
            }
            case "integer" -> {
                return switch (name) {
                    case "memberId" -> NODES.numberNode(team.memberId);
                    case "shiftId" -> NODES.numberNode(template.contains("callouts") ? pastShiftId : futureShiftId);
                    case "otherShiftId" -> null;
                    case "teamIds" -> NODES.numberNode(team.teamId);
                    case "minRestHours" -> NODES.numberNode(11);
                    case "maxConsecutiveDays" -> NODES.numberNode(7);
                    case "maxShiftsPerWeek" -> NODES.numberNode(4);
                    case "minutes" -> NODES.numberNode(30);
                    case "alarmMinutes" -> NODES.numberNode(60);
                    default -> NODES.numberNode(1);
                };
            }
            case "number" -> {
                return name.equals("fte") ? NODES.numberNode(0.5) : NODES.numberNode(1);
            }
            case "boolean" -> {
                return name.equals("dryRun") ? NODES.booleanNode(true) : NODES.booleanNode(false);
            }
            default -> {
                String format = schema.path("format").asText();
                if (format.equals("date")) {
                    return NODES.textNode(
                            switch (name) {
                                case "end", "to" -> far.plusDays(6).toString();
                                case "from" ->
                                    template.contains("replan")
                                            ? LocalDate.now().plusDays(3).toString()
                                            : far.toString();
                                default -> far.toString();
                            });
                }
                if (format.equals("date-time")) {
                    return NODES.textNode(
                            name.equals("start") && template.contains("callouts")
                                    ? pastShiftStart
                                    : far.atStartOfDay()
                                            .atOffset(java.time.ZoneOffset.UTC)
                                            .toString());
                }
                if (schema.has("examples") && schema.path("examples").size() > 0) {
                    return schema.path("examples").get(0);
                }
                if (schema.has("example")) {
                    return schema.get("example");
                }
                return NODES.textNode(
                        switch (name) {
                            case "username" -> "bad-input-" + Long.toString(System.nanoTime(), 36);
                            case "password" -> "a-long-password-1";
                            case "roles" -> "viewer";
                            case "email" -> "someone@school.example";
                            case "phone" -> "+49 69 000";
                            case "timeZone" -> "Europe/Berlin";
                            case "holidayRegion" -> "DE-HE";
                            case "handoverTime" -> "08:00";
                            case "start" -> "18:00";
                            case "end" -> "08:00";
                            default -> "Bad input " + name;
                        });
            }
        }
    }

    private String concrete(String template) {
        return template.replace("{teamId}", Long.toString(team.teamId))
                .replace("{memberId}", Long.toString(team.memberId))
                .replace("{rotaId}", Long.toString(rota.rotaId))
                .replace("{username}", team.viewer)
                .replaceAll("\\{[a-zA-Z]*}", "987654321");
    }

    private static JsonNode readTree(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            return NODES.objectNode();
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
