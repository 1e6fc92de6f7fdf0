package org.standby.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.standby.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.standby.support.Parallel;
import org.standby.support.TeamFixture;

/** Issue 22: the policy has a version; stale writes are refused (409/412), never lost, never a 500. */
@QuarkusTest
class PolicyVersionTest {

    private static final int WRITERS = 50;

    private static String policy(TeamFixture team) {
        return "/api/teams/" + team.teamId + "/policy";
    }

    private static Map<String, Object> withRestHours(Map<String, Object> document, int hours) {
        Map<String, Object> changed = new HashMap<>(document);
        Map<String, Object> rules = new HashMap<>(castMap(document.get("rules")));
        rules.put("minRestHours", hours);
        changed.put("rules", rules);
        return changed;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object value) {
        return (Map<String, Object>) value;
    }

    @Test
    void twoDirectorsSavingFromTheSameReadCannotBothWin() {
        TeamFixture team = TeamFixture.create();
        var read = as(team.director)
                .get(policy(team))
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("version", equalTo(0))
                .extract();
        Map<String, Object> document = read.jsonPath().getMap("$");

        // the first director's save, with If-Match
        as(team.director)
                .header("If-Match", "\"0\"")
                .body(withRestHours(document, 9))
                .put(policy(team))
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("version", equalTo(1));
        // the second director read the same version: If-Match refuses with 412, the version in the body with 409
        as(team.director)
                .header("If-Match", "\"0\"")
                .body(withRestHours(document, 12))
                .put(policy(team))
                .then()
                .statusCode(412)
                .contentType("application/problem+json")
                .body("detail", containsString("version 1, not 0"));
        as(team.director)
                .body(withRestHours(document, 12))
                .put(policy(team))
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        as(team.member)
                .get(policy(team))
                .then()
                .body("rules.minRestHours", equalTo(9))
                .body("version", equalTo(1));
        // a malformed If-Match names the header
        as(team.director)
                .header("If-Match", "yesterday")
                .body(withRestHours(document, 12))
                .put(policy(team))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("If-Match"));
    }

    @Test
    void fiftyParallelSavesLoseNoAcknowledgedWriteAndNeverAnswer500() throws Exception {
        TeamFixture team = TeamFixture.create();
        Map<String, Object> document = new HashMap<>(
                as(team.director).get(policy(team)).then().extract().jsonPath().getMap("$"));
        document.remove("version"); // last writer wins: no version, no If-Match
        List<Parallel.Call> calls = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            calls.add(new Parallel.Call(
                    "PUT",
                    policy(team),
                    new com.fasterxml.jackson.databind.ObjectMapper()
                            .writeValueAsString(withRestHours(document, 1 + i % 20))));
        }
        List<Parallel.Answer> answers = Parallel.send(team.director, calls);

        Map<Integer, Long> statuses =
                answers.stream().collect(Collectors.groupingBy(Parallel.Answer::status, Collectors.counting()));
        assertThat(statuses.keySet()).as("%s", statuses).isSubsetOf(200, 409);
        long saved = statuses.getOrDefault(200, 0L);
        assertThat(saved).isPositive();
        // every acknowledged save is one version: none was overwritten unseen
        long version =
                as(team.director).get(policy(team)).then().extract().jsonPath().getLong("version");
        assertThat(version).isEqualTo(saved);
        // and each acknowledged save answered a distinct version
        assertThat(answers.stream()
                        .filter(a -> a.status() == 200)
                        .map(a -> a.response().headers().firstValue("ETag").orElseThrow())
                        .distinct()
                        .count())
                .isEqualTo(saved);
    }
}
