package org.standby.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.standby.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.standby.support.RotaFixture;
import org.standby.support.TeamFixture;

/**
 * A member falls ill for two weeks in the middle of a published rota. The conflicts show, a dry-run re-plan moves
 * only the sick member's shifts in that window to colleagues, and applying it changes exactly what was previewed.
 */
@QuarkusTest
class SickLeaveReplanTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate SICK_FROM = LocalDate.parse("2027-01-25");
    private static final LocalDate SICK_TO = LocalDate.parse("2027-02-07");

    record Change(long shiftId, Long fromMemberId, Long toMemberId) {}

    @Test
    void twoWeeksOfSuddenSickLeaveAreCoveredByChangingOnlyTheSickMembersShifts() {
        TeamFixture team = TeamFixture.create();
        RotaFixture.addMember(team, "Cleo");
        RotaFixture.addMember(team, "Dev");
        RotaFixture rota = RotaFixture.published(team, "2027-01-11", "2027-02-21");
        List<RotaFixture.Shift> before = rota.shifts();
        long sick = team.memberId;
        Instant leaveStart = SICK_FROM.atStartOfDay(BERLIN).toInstant();
        Instant leaveEnd = SICK_TO.plusDays(1).atStartOfDay(BERLIN).toInstant();
        Set<Long> hit = before.stream()
                .filter(s -> Objects.equals(s.memberId(), sick))
                .filter(s -> overlaps(s, leaveStart, leaveEnd))
                .map(RotaFixture.Shift::id)
                .collect(Collectors.toSet());
        assertThat(hit).isNotEmpty();

        as(team.director)
                .body(Map.of(
                        "memberId",
                        sick,
                        "start",
                        SICK_FROM.toString(),
                        "end",
                        SICK_TO.toString(),
                        "kind",
                        "SICK",
                        "note",
                        "flu"))
                .post("/api/teams/" + team.teamId + "/absences")
                .then()
                .statusCode(201);

        // the shifts the leave hits are open conflicts
        List<Integer> conflicts = as(team.director)
                .get("/api/teams/" + team.teamId + "/conflicts")
                .then()
                .statusCode(200)
                .body("memberId", org.hamcrest.Matchers.everyItem(equalTo((int) sick)))
                .extract()
                .jsonPath()
                .getList("shiftId", Integer.class);
        assertThat(conflicts.stream().map(Integer::longValue).collect(Collectors.toSet()))
                .isEqualTo(hit);

        // the day before the leave, so that the night running into its first morning is re-planned too
        Map<String, Object> body =
                Map.of("from", SICK_FROM.minusDays(1).toString(), "reason", "Ana off sick", "dryRun", true);
        List<Change> preview = replan(team, rota, body);
        assertThat(rota.shifts()).as("a dry run changes nothing").isEqualTo(before);
        assertThat(preview).extracting(Change::shiftId).containsExactlyInAnyOrderElementsOf(hit);
        assertThat(preview).allSatisfy(change -> {
            assertThat(change.fromMemberId()).isEqualTo(sick);
            assertThat(change.toMemberId())
                    .as("covered by a colleague, no gap")
                    .isNotNull()
                    .isNotEqualTo(sick);
        });

        List<Change> applied = replan(
                team,
                rota,
                Map.of("from", SICK_FROM.minusDays(1).toString(), "reason", "Ana off sick", "dryRun", false));
        assertThat(applied).isEqualTo(preview);

        Map<Long, RotaFixture.Shift> after = ChangeRequestLifecycleTest.byId(rota.shifts());
        Map<Long, Change> changed = applied.stream().collect(Collectors.toMap(Change::shiftId, c -> c));
        for (RotaFixture.Shift old : before) {
            RotaFixture.Shift now = after.get(old.id());
            Change change = changed.get(old.id());
            if (change == null) {
                assertThat(now).as("untouched shift " + old.id()).isEqualTo(old);
            } else {
                assertThat(now.memberId()).isEqualTo(change.toMemberId());
                assertThat(now.sequence()).isEqualTo(old.sequence() + 1);
            }
            if (overlaps(now, leaveStart, leaveEnd)) {
                assertThat(now.memberId())
                        .as("shift " + now.id() + " covered")
                        .isNotNull()
                        .isNotEqualTo(sick);
            }
        }
        as(team.director)
                .get("/api/teams/" + team.teamId + "/conflicts")
                .then()
                .statusCode(200)
                .body("$", empty());
        // nothing open any more: nothing to search, no changes and no Server-Timing
        as(team.director)
                .body(body)
                .post("/api/rotas/" + rota.rotaId + "/replan")
                .then()
                .statusCode(200)
                .body("$", empty())
                .header("Server-Timing", org.hamcrest.Matchers.nullValue());
        as(team.director)
                .get("/api/audit?teamId=" + team.teamId + "&size=200")
                .then()
                .statusCode(200)
                .body("items.action", hasItem("rota.replan"))
                .body("items.reason", hasItem("Ana off sick"));
    }

    @Test
    void replanningIsForDirectorsOfPublishedRotas() {
        TeamFixture team = TeamFixture.create();
        RotaFixture draft = RotaFixture.draft(team, "2027-09-06", "2027-09-12");
        Map<String, Object> body = Map.of("from", "2027-09-08", "reason", "test", "dryRun", true);
        as(team.director)
                .body(body)
                .post("/api/rotas/" + draft.rotaId + "/replan")
                .then()
                .statusCode(409);
        as(team.director).post("/api/rotas/" + draft.rotaId + "/publish").then().statusCode(200);
        as(team.member)
                .body(body)
                .post("/api/rotas/" + draft.rotaId + "/replan")
                .then()
                .statusCode(403);
        as(team.director)
                .body(Map.of("from", "2027-09-08", "dryRun", true))
                .post("/api/rotas/" + draft.rotaId + "/replan")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        as(team.director)
                .body(Map.of("from", "2027-10-08", "reason", "x", "dryRun", true))
                .post("/api/rotas/" + draft.rotaId + "/replan")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("from"));
        as(team.director)
                .body(body)
                .post("/api/rotas/" + draft.rotaId + "/replan")
                .then()
                .statusCode(200)
                .body("$", empty());
    }

    /** A re-plan that searched: its changes, and the Server-Timing header says how the bounded search ended. */
    private static List<Change> replan(TeamFixture team, RotaFixture rota, Map<String, Object> body) {
        io.restassured.response.Response answer = as(team.director)
                .body(body)
                .post("/api/rotas/" + rota.rotaId + "/replan")
                .then()
                .statusCode(200)
                .extract()
                .response();
        assertThat(answer.header("Server-Timing"))
                .matches("solve;dur=\\d+;desc=\"(STEP_LIMIT|MOVE_LIMIT|TIME_CAP), 1 search\"");
        List<Map<String, Object>> rows = answer.jsonPath().getList("$");
        return rows.stream()
                .map(row -> new Change(
                        ((Number) row.get("shiftId")).longValue(),
                        row.get("fromMemberId") == null ? null : ((Number) row.get("fromMemberId")).longValue(),
                        row.get("toMemberId") == null ? null : ((Number) row.get("toMemberId")).longValue()))
                .toList();
    }

    private static boolean overlaps(RotaFixture.Shift shift, Instant start, Instant end) {
        Instant s = OffsetDateTime.parse(shift.start()).toInstant();
        Instant e = OffsetDateTime.parse(shift.end()).toInstant();
        return s.isBefore(end) && start.isBefore(e);
    }
}
