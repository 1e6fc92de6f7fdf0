package org.standby.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.standby.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.standby.support.RotaFixture;
import org.standby.support.TeamFixture;

/** A change that breaks a coverage rule is approved only with an explicit breachReason, which is recorded. */
@QuarkusTest
class RuleBreachApprovalTest {

    @Test
    void aBreachNeedsABreachReasonAndTheReasonIsAudited() {
        TeamFixture team = TeamFixture.create();
        RotaFixture rota = RotaFixture.published(team, "2027-06-07", "2027-06-20");
        RotaFixture.Shift anas = rota.firstShiftOf(team.memberId);
        // Ben is on approved leave on the day of Ana's shift: covering it would break the leave rule
        as(team.director)
                .body(Map.of(
                        "memberId", team.otherMemberId, "start", anas.date(), "end", anas.date(), "kind", "TRAINING"))
                .post("/api/teams/" + team.teamId + "/absences")
                .then()
                .statusCode(201)
                .body("status", equalTo("APPROVED"));
        long id = ChangeRequestLifecycleTest.cover(team.member, rota, anas.id(), team.otherMemberId);
        // the requester sees the breach at once, and so does Ben, who is asked to consent
        as(team.member)
                .get("/api/change-requests/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("AWAITING_CONSENT"))
                .body("breaches[0]", containsString("leave"));
        as(team.otherMember)
                .body(Map.of())
                .post("/api/change-requests/" + id + "/accept")
                .then()
                .statusCode(200)
                .body("status", equalTo("PENDING"))
                .body("breaches[0]", containsString("leave"));

        as(team.director)
                .body(Map.of("note", "fine by me"))
                .post("/api/change-requests/" + id + "/approve")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("breachReason"))
                .body("detail", containsString("leave"));
        assertThat(rota.firstShiftOf(team.memberId).id()).isEqualTo(anas.id());

        as(team.director)
                .body(Map.of("note", "ok", "breachReason", "Ben offered; training is online"))
                .post("/api/change-requests/" + id + "/approve")
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("breachReason", equalTo("Ben offered; training is online"))
                .body("breaches[0]", containsString("leave"));

        JsonPath audit = as(team.director)
                .get("/api/audit?teamId=" + team.teamId + "&size=200")
                .then()
                .statusCode(200)
                .body("items.action", hasItem("change-request.approve.refused"))
                .extract()
                .jsonPath();
        List<String> reasons =
                audit.getList("items.findAll { it.action == 'change-request.approve' }.reason", String.class);
        assertThat(reasons).singleElement().asString().contains("Ben offered; training is online");
    }

    @Test
    void aChangeWithinTheRulesNeedsNoBreachReason() {
        TeamFixture team = TeamFixture.create();
        long third = RotaFixture.addMember(team, "Cleo");
        RotaFixture rota = RotaFixture.published(team, "2027-06-07", "2027-06-20");
        // find a shift of Ana that Cleo can take within every rule: neither she nor anyone else is near it
        List<RotaFixture.Shift> shifts = rota.shifts();
        RotaFixture.Shift free = shifts.stream()
                .filter(s -> s.memberId() != null && s.memberId() == team.memberId)
                .filter(s -> shifts.stream()
                        .noneMatch(o -> o.memberId() != null
                                && o.memberId() == third
                                && Math.abs(java.time.LocalDate.parse(o.date()).toEpochDay()
                                                - java.time.LocalDate.parse(s.date())
                                                        .toEpochDay())
                                        <= 1))
                .filter(s -> shifts.stream()
                                .filter(o -> o.memberId() != null
                                        && o.memberId() == third
                                        && weekOf(o.date()) == weekOf(s.date()))
                                .count()
                        < 3)
                .findFirst()
                .orElseThrow();
        long id = ChangeRequestLifecycleTest.cover(team.director, rota, free.id(), third);
        as(team.director)
                .body(Map.of())
                .post("/api/change-requests/" + id + "/approve")
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"));
    }

    private static long weekOf(String date) {
        return Math.floorDiv(java.time.LocalDate.parse(date).toEpochDay() - 4, 7);
    }
}
