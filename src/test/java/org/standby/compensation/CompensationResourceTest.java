package org.standby.compensation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.standby.support.Api.admin;
import static org.standby.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.standby.calendar.DayType;
import org.standby.support.PublishedShifts;
import org.standby.support.TeamFixture;
import org.standby.support.TestClock;

/**
 * Call-outs, time off and the ledger as a client sees them. The rota is written by hand (Ana full time, Ben half
 * time) across both DST changes of 2027 in Europe/Berlin, so every number below is worked out in a comment.
 */
@QuarkusTest
class CompensationResourceTest {

    static final String SPRING_NIGHT_START = "2027-03-27T18:00:00+01:00";
    static final String SPRING_NIGHT_END = "2027-03-28T08:00:00+02:00"; // 13 real hours
    static final String AUTUMN_NIGHT_START = "2027-10-30T18:00:00+02:00";
    static final String AUTUMN_NIGHT_END = "2027-10-31T08:00:00+01:00"; // 15 real hours

    /** The tests log call-outs on the 2027 shifts, so they run in January 2028: call-outs are logged afterwards. */
    static final Instant TEST_NOW = Instant.parse("2028-01-15T10:00:00Z");

    @Inject
    TestClock clock;

    @BeforeEach
    void afterTheShifts() {
        clock.reset();
        clock.advance(Duration.between(Instant.now(), TEST_NOW));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    record Setup(TeamFixture team, long springNight, long weeknight, long autumnNight) {}

    static Setup setup() {
        TeamFixture team = TeamFixture.create();
        PublishedShifts rota = PublishedShifts.rota(team.teamId, "2027-03-01", "2027-12-31");
        long spring = rota.shift(team.memberId, SPRING_NIGHT_START, SPRING_NIGHT_END, DayType.WEEKEND);
        long weeknight =
                rota.shift(team.memberId, "2027-03-24T18:00:00+01:00", "2027-03-25T08:00:00+01:00", DayType.TERM);
        long autumn = rota.shift(team.otherMemberId, AUTUMN_NIGHT_START, AUTUMN_NIGHT_END, DayType.WEEKEND);
        return new Setup(team, spring, weeknight, autumn);
    }

    static Map<String, Object> callout(long shiftId, String start, int minutes) {
        Map<String, Object> body = new HashMap<>();
        body.put("shiftId", shiftId);
        body.put("start", start);
        body.put("minutes", minutes);
        body.put("note", "printer server down");
        return body;
    }

    static String calloutsOf(TeamFixture team) {
        return "/api/teams/" + team.teamId + "/callouts";
    }

    static long logCallout(String who, TeamFixture team, long shiftId, String start, int minutes) {
        return as(who).body(callout(shiftId, start, minutes))
                .post(calloutsOf(team))
                .then()
                .statusCode(201)
                .body("status", equalTo("PENDING"))
                .extract()
                .jsonPath()
                .getLong("id");
    }

    @Test
    void theLedgerAddsStandbyAcrossBothDstChangesConfirmedCalloutsAndTimeOff() {
        Setup s = setup();
        TeamFixture team = s.team();
        // 20 minutes, shorter than the 60-minute minimum: counts 60 x 1.5 = 1.5 h
        long short20 = logCallout(team.member, team, s.springNight(), "2027-03-27T23:10:00+01:00", 20);
        // 90 minutes from 07:30, running an hour past the 08:00 end: all 90 count, x 1.5 = 2.25 h
        long long90 = as(team.member)
                .body(callout(s.weeknight(), "2027-03-25T07:30:00+01:00", 90))
                .post(calloutsOf(team))
                .then()
                .statusCode(201)
                .body("countedHours", equalTo(2.25f))
                .extract()
                .jsonPath()
                .getLong("id");
        // Ben's 45 minutes is rejected and never counts
        long rejected = logCallout(team.otherMember, team, s.autumnNight(), "2027-10-31T02:30:00+01:00", 45);

        as(team.director)
                .post(calloutsOf(team) + "/" + short20 + "/confirm")
                .then()
                .statusCode(200)
                .body("status", equalTo("CONFIRMED"))
                .body("countedHours", equalTo(1.5f));
        as(team.director)
                .body(Map.of("note", "ok"))
                .post(calloutsOf(team) + "/" + long90 + "/confirm")
                .then()
                .statusCode(200);
        as(team.director)
                .post(calloutsOf(team) + "/" + rejected + "/reject")
                .then()
                .statusCode(200)
                .body("status", equalTo("REJECTED"));
        as(team.director)
                .post(calloutsOf(team) + "/" + rejected + "/confirm")
                .then()
                .statusCode(409);
        as(team.director)
                .body(Map.of("memberId", team.memberId, "date", "2027-04-02", "hours", 2, "note", "Friday afternoon"))
                .post("/api/teams/" + team.teamId + "/time-off")
                .then()
                .statusCode(201)
                .body("hours", equalTo(2));

        JsonPath ledger = as(team.director)
                .get("/api/teams/" + team.teamId + "/compensation?from=2027-03-01&to=2027-12-31")
                .then()
                .statusCode(200)
                .body("mode", equalTo("TIME_OFF"))
                .body("members", hasSize(2))
                .extract()
                .jsonPath();
        Map<String, Object> ana = ledger.getMap("members.find { it.memberId == " + team.memberId + " }");
        assertThat((Map<String, Object>) ana.get("standbyHours"))
                .containsEntry("WEEKEND", 13.0f)
                .containsEntry("TERM", 14.0f)
                .containsEntry("SUMMER", 0.0f);
        assertThat(ana)
                .containsEntry("standbyTotalHours", 27.0f)
                .containsEntry("callouts", 2)
                .containsEntry("calloutMinutes", 110)
                .containsEntry("calloutHours", 3.75f)
                // 13 x 0.25 + 14 x 0.125 + 1.5 + 2.25 = 3.25 + 1.75 + 3.75 = 8.75; 2 taken; 6.75 left
                .containsEntry("earnedHours", 8.75f)
                .containsEntry("takenHours", 2.0f)
                .containsEntry("balanceHours", 6.75f);
        Map<String, Object> ben = ledger.getMap("members.find { it.memberId == " + team.otherMemberId + " }");
        // the autumn night is 15 h; x 0.25 = 3.75; the rejected call-out does not count
        assertThat(ben)
                .containsEntry("standbyTotalHours", 15.0f)
                .containsEntry("callouts", 0)
                .containsEntry("earnedHours", 3.75f)
                .containsEntry("balanceHours", 3.75f);

        // the range clips by real instants: up to 27 March Ana has 18:00 to midnight of the spring night
        as(team.director)
                .get("/api/teams/" + team.teamId + "/compensation?from=2027-03-27&to=2027-03-27")
                .then()
                .statusCode(200)
                .body("members.find { it.memberId == " + team.memberId + " }.standbyTotalHours", equalTo(6.0f));

        as(team.director)
                .get("/api/audit?teamId=" + team.teamId)
                .then()
                .statusCode(200)
                .body("items.action", hasItems("callout.log", "callout.confirm", "callout.reject", "timeoff.record"));
    }

    @Test
    void membersLogOnlyOnTheirOwnShiftsWithinTheShift() {
        Setup s = setup();
        TeamFixture team = s.team();
        as(team.member)
                .body(callout(s.autumnNight(), "2027-10-31T01:00:00+02:00", 30))
                .post(calloutsOf(team))
                .then()
                .statusCode(403);
        as(team.member)
                .body(callout(s.springNight(), "2027-03-28T08:00:00+02:00", 30))
                .post(calloutsOf(team))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("start"));
        as(team.member)
                .body(callout(s.springNight(), "2027-03-27T20:00:00+01:00", 0))
                .post(calloutsOf(team))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("minutes"));
        as(team.member)
                .body(callout(987654321L, "2027-03-27T20:00:00+01:00", 10))
                .post(calloutsOf(team))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("shiftId"));
        as(team.viewer)
                .body(callout(s.springNight(), "2027-03-27T20:00:00+01:00", 10))
                .post(calloutsOf(team))
                .then()
                .statusCode(403);
        logCallout(team.member, team, s.springNight(), "2027-03-27T20:00:00+01:00", 30);
        // a second call-out overlapping the first
        as(team.member)
                .body(callout(s.springNight(), "2027-03-27T20:15:00+01:00", 10))
                .post(calloutsOf(team))
                .then()
                .statusCode(409);
        // members cannot decide
        long id = logCallout(team.member, team, s.springNight(), "2027-03-27T22:00:00+01:00", 10);
        as(team.member).post(calloutsOf(team) + "/" + id + "/confirm").then().statusCode(403);
        // a director may log for the member on call
        as(team.director)
                .body(callout(s.autumnNight(), "2027-10-30T21:00:00+02:00", 15))
                .post(calloutsOf(team))
                .then()
                .statusCode(201)
                .body("memberId", equalTo((int) team.otherMemberId));
        // members see their own call-outs; directors all
        as(team.member)
                .get(calloutsOf(team))
                .then()
                .statusCode(200)
                .body("$", hasSize(2))
                .body("memberId", everyItemIs((int) team.memberId));
        as(team.director).get(calloutsOf(team)).then().statusCode(200).body("$", hasSize(3));
        as(team.director)
                .get(calloutsOf(team) + "?status=PENDING&memberId=" + team.otherMemberId)
                .then()
                .statusCode(200)
                .body("$", hasSize(1));
        as(team.viewer).get(calloutsOf(team)).then().statusCode(403);
    }

    /** Issue 20: a call-out dated months ahead was accepted, confirmed and counted. */
    @Test
    void aCalloutIsLoggedOnlyOnceItHasHappened() {
        TeamFixture team = TeamFixture.create();
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        PublishedShifts rota = PublishedShifts.rota(team.teamId, "2027-12-01", "2028-12-31");
        long running = rota.shift(
                team.memberId,
                at(now.minus(Duration.ofHours(3)), berlin),
                at(now.plus(Duration.ofHours(11)), berlin),
                DayType.TERM);
        long tomorrow = rota.shift(
                team.memberId,
                at(now.plus(Duration.ofHours(21)), berlin),
                at(now.plus(Duration.ofHours(35)), berlin),
                DayType.TERM);

        // a shift that has not started takes no call-out, whatever its time
        as(team.member)
                .body(callout(tomorrow, at(now.plus(Duration.ofHours(22)), berlin), 30))
                .post(calloutsOf(team))
                .then()
                .statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("errors[0].field", equalTo("shiftId"));
        // within the running shift, but later than now
        as(team.member)
                .body(callout(running, at(now.plus(Duration.ofHours(1)), berlin), 30))
                .post(calloutsOf(team))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("start"));
        // started, but would end after now
        as(team.member)
                .body(callout(running, at(now.minus(Duration.ofMinutes(30)), berlin), 60))
                .post(calloutsOf(team))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("minutes"));
        // the director is held to the same
        as(team.director)
                .body(callout(tomorrow, at(now.plus(Duration.ofHours(22)), berlin), 30))
                .post(calloutsOf(team))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("shiftId"));
        logCallout(team.member, team, running, at(now.minus(Duration.ofMinutes(90)), berlin), 45);
        as(team.director).get(calloutsOf(team)).then().statusCode(200).body("$", hasSize(1));
    }

    private static String at(Instant instant, ZoneId zone) {
        return OffsetDateTime.ofInstant(instant, zone).toString();
    }

    private static org.hamcrest.Matcher<Iterable<? extends Object>> everyItemIs(int value) {
        return org.hamcrest.Matchers.everyItem(equalTo(value));
    }

    @Test
    void membersSeeTheirOwnLineAndViewersNothing() {
        Setup s = setup();
        TeamFixture team = s.team();
        String url = "/api/teams/" + team.teamId + "/compensation?from=2027-03-01&to=2027-12-31";
        as(team.member)
                .get(url)
                .then()
                .statusCode(200)
                .body("members", hasSize(1))
                .body("members[0].memberId", equalTo((int) team.memberId));
        as(team.viewer).get(url).then().statusCode(403);
        as(team.viewer).get("/api/teams/" + team.teamId + "/time-off").then().statusCode(403);
        as(team.member)
                .body(Map.of("memberId", team.memberId, "date", "2027-04-02", "hours", 2))
                .post("/api/teams/" + team.teamId + "/time-off")
                .then()
                .statusCode(403);
        as(team.director)
                .body(Map.of("memberId", team.memberId, "date", "2027-04-02", "hours", -1))
                .post("/api/teams/" + team.teamId + "/time-off")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("hours"));
        as(team.director)
                .body(Map.of("memberId", team.otherMemberId, "date", "2027-04-03", "hours", 3))
                .post("/api/teams/" + team.teamId + "/time-off")
                .then()
                .statusCode(201);
        as(team.member)
                .get("/api/teams/" + team.teamId + "/time-off")
                .then()
                .statusCode(200)
                .body("$", hasSize(0));
        as(team.otherMember)
                .get("/api/teams/" + team.teamId + "/time-off")
                .then()
                .statusCode(200)
                .body("$", hasSize(1));
        as(team.member)
                .get("/api/teams/" + team.teamId + "/compensation?from=2027-03-01")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("to"));
        as(team.member)
                .get("/api/teams/" + team.teamId + "/compensation?from=2027-03-01&to=2027-02-01")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("to"));
    }

    @Test
    void theCsvIsRfc4180WithBomAndCrlfAndNamesSpreadsheetsOpenCleanly() {
        Setup s = setup();
        TeamFixture team = s.team();
        long zoe = admin().body(Map.of("name", "Zoë Müller-Łukasiewicz, \"IT\"", "fte", "0.8"))
                .post("/api/teams/" + team.teamId + "/members")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        byte[] body = as(team.director)
                .accept("text/csv")
                .get("/api/teams/" + team.teamId + "/compensation?from=2027-03-01&to=2027-12-31")
                .then()
                .statusCode(200)
                .header("Content-Type", containsString("text/csv"))
                .header("Content-Type", containsString("charset=UTF-8"))
                .header("Content-Disposition", containsString("attachment"))
                .extract()
                .asByteArray();
        assertThat(body).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String csv = new String(body, StandardCharsets.UTF_8).substring(1);
        List<String> lines = List.of(csv.split("\r\n", -1));
        assertThat(lines.get(0))
                .isEqualTo("memberId,name,from,to,standbyHours.PUBLIC_HOLIDAY,standbyHours.WEEKEND,"
                        + "standbyHours.SUMMER,standbyHours.BREAK,standbyHours.TERM,standbyTotalHours,callouts,calloutHours,"
                        + "earnedHours,earnedPay,takenHours,balanceHours");
        assertThat(csv).doesNotContain("\n\n").endsWith("\r\n");
        assertThat(lines)
                .contains(zoe + ",\"Zoë Müller-Łukasiewicz, \"\"IT\"\"\",2027-03-01,2027-12-31,0,0,0,0,0,0,"
                        + "0,0,0,,0,0");
        // Ana: 13 h weekend, 14 h term, 27 h; earned 3.25 + 1.75 = 5
        assertThat(lines).anyMatch(l -> l.startsWith(team.memberId + ",") && l.endsWith(",0,13,0,0,14,27,0,0,5,,0,5"));
        // a member's CSV has their own line only
        String own = as(team.member)
                .accept("text/csv")
                .get("/api/teams/" + team.teamId + "/compensation?from=2027-03-01&to=2027-12-31")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(own.split("\r\n")).hasSize(2);
    }

    @Test
    void compensationRulesLiveInThePolicyWithDefaultsAndValidation() {
        TeamFixture team = TeamFixture.create();
        String policy = "/api/teams/" + team.teamId + "/policy";
        as(team.member)
                .get(policy)
                .then()
                .statusCode(200)
                .body("compensation.mode", equalTo("TIME_OFF"))
                .body("compensation.standbyRates.TERM", equalTo(0.125f))
                .body("compensation.standbyRates.WEEKEND", equalTo(0.25f))
                .body("compensation.standbyRates.PUBLIC_HOLIDAY", equalTo(0.5f))
                .body("compensation.calloutMultiplier", equalTo(1.5f))
                .body("compensation.calloutMinimumMinutes", equalTo(60));
        Map<String, Object> document = new HashMap<>(
                as(team.director).get(policy).then().extract().jsonPath().getMap("$"));
        document.put(
                "compensation",
                Map.of("mode", "PAY", "standbyRates", Map.of("TERM", 2, "WEEKEND", 4), "calloutPayPerHour", 25));
        as(team.director)
                .body(document)
                .put(policy)
                .then()
                .statusCode(200)
                .body("compensation.mode", equalTo("PAY"))
                .body("compensation.standbyRates.TERM", equalTo(2.0f))
                .body("compensation.standbyRates.SUMMER", equalTo(0.0f))
                .body("compensation.calloutMultiplier", equalTo(1.5f))
                .body("compensation.calloutPayPerHour", equalTo(25.0f));
        document.put("compensation", Map.of("standbyRates", Map.of("TERM", -1)));
        as(team.director)
                .body(document)
                .put(policy)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("compensation.standbyRates.TERM"));
        document.put("compensation", Map.of("standbyRates", Map.of("FULL_MOON", 1)));
        as(team.director)
                .body(document)
                .put(policy)
                .then()
                .statusCode(400)
                .body("errors[0].field", containsString("FULL_MOON"));
        document.put("compensation", Map.of("calloutMultiplier", -1.5, "calloutMinimumMinutes", -5));
        as(team.director)
                .body(document)
                .put(policy)
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("compensation.calloutMultiplier", "compensation.calloutMinimumMinutes"));
        // the PAY policy is still in force
        as(team.member).get(policy).then().body("compensation.mode", equalTo("PAY"));
        // a policy without compensation (as stored before it existed) reads as the defaults; the document sent is
        // based on the policy as it is now (its version), else the save would be refused as overwriting a newer one
        document.remove("compensation");
        document.put(
                "version",
                as(team.director).get(policy).then().extract().jsonPath().getLong("version"));
        as(team.director)
                .body(document)
                .put(policy)
                .then()
                .statusCode(200)
                .body("compensation.mode", equalTo("TIME_OFF"))
                .body("compensation.standbyRates.WEEKEND", equalTo(0.25f));
    }

    @Test
    void aPolicyStoredBeforeCompensationExistedStillLoads() {
        TeamFixture team = TeamFixture.create();
        String old = "{\"shifts\":[{\"name\":\"Night\",\"dayTypes\":[\"TERM\"],\"start\":\"18:00\",\"end\":\"08:00\","
                + "\"weight\":1.0,\"headcount\":1}],\"rules\":{\"minRestHours\":10,\"maxConsecutiveDays\":3,"
                + "\"maxShiftsPerWeek\":4}}";
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            org.standby.policy.TeamPolicy stored = new org.standby.policy.TeamPolicy();
            stored.teamId = team.teamId;
            stored.policyJson = old;
            stored.updatedAt = java.time.Instant.now();
            stored.updatedBy = "v3";
            stored.persist();
        });
        as(team.member)
                .get("/api/teams/" + team.teamId + "/policy")
                .then()
                .statusCode(200)
                .body("shifts[0].name", equalTo("Night"))
                .body("compensation.mode", equalTo("TIME_OFF"))
                .body("compensation.standbyRates.TERM", equalTo(0.125f));
    }
}
