package org.standby.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.standby.support.Api.admin;
import static org.standby.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.standby.support.PublishedShifts;
import org.standby.support.TeamFixture;

/** The coverage agreement as a client sees it: versions, signing, cost, fragility, options, report. */
@QuarkusTest
class AgreementTest {

    static final List<String> ALL_DAYS = List.of("TERM", "BREAK", "SUMMER", "WEEKEND", "PUBLIC_HOLIDAY");

    static String base(TeamFixture team) {
        return "/api/teams/" + team.teamId + "/agreement";
    }

    /** Day shift 08:00-20:00 every day, at most 4 shifts a week, one service promised 08:00-20:00 every day. */
    static Map<String, Object> dayServiceAgreement() {
        List<Map<String, Object>> promises = new ArrayList<>();
        ALL_DAYS.forEach(d -> promises.add(
                Map.of("dayType", d, "cover", "HOURS", "start", "08:00", "end", "20:00", "responseMinutes", 30)));
        return Map.of(
                "services",
                        List.of(Map.of(
                                "name", "Door access", "owner", "Ana", "tier", "CRITICAL", "promises", promises)),
                "workingHours", List.of(),
                "policy",
                        Map.of(
                                "shifts",
                                List.of(Map.of(
                                        "name",
                                        "Day",
                                        "dayTypes",
                                        ALL_DAYS,
                                        "start",
                                        "08:00",
                                        "end",
                                        "20:00",
                                        "weight",
                                        1)),
                                "rules",
                                Map.of("minRestHours", 10, "maxConsecutiveDays", 7, "maxShiftsPerWeek", 4)));
    }

    static long addMember(TeamFixture team, String name, String fte) {
        return admin().contentType(ContentType.JSON)
                .body(Map.of("name", name, "fte", fte))
                .post("/api/teams/" + team.teamId + "/members")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    @Test
    void aDraftIsProposedAndSignedAndItsImpliedPolicyBecomesTheTeamsPolicy() {
        TeamFixture team = TeamFixture.create();
        // before anything is written down: the unwritten 24/7 promise with the team's policy
        as(team.director)
                .get(base(team) + "/versions/0")
                .then()
                .statusCode(200)
                .body("document.services[0].name", equalTo("All IT services"))
                .body("document.services[0].promises.cover", hasItems("ALWAYS"));
        Map<String, Object> wifiTermOnly = Map.of(
                "services",
                List.of(Map.of(
                        "name",
                        "Wi-Fi",
                        "tier",
                        "CRITICAL",
                        "promises",
                        List.of(
                                Map.of(
                                        "dayType",
                                        "TERM",
                                        "cover",
                                        "HOURS",
                                        "start",
                                        "08:00",
                                        "end",
                                        "22:00",
                                        "responseMinutes",
                                        60),
                                Map.of("dayType", "WEEKEND", "cover", "ALWAYS", "responseMinutes", 120),
                                Map.of("dayType", "SUMMER", "cover", "BEST_EFFORT")))));
        String location = as(team.director)
                .body(wifiTermOnly)
                .post(base(team) + "/versions")
                .then()
                .statusCode(201)
                .body("number", equalTo(1))
                .body("status", equalTo("DRAFT"))
                .body("document.policy.shifts.name", hasItems("Weeknight", "Summer night"))
                // implied: the weeknight only on TERM, clipped to 22:00; weekends whole; no summer or holiday shift
                .body("impliedPolicy.shifts.name", equalTo(List.of("Weeknight", "Weekend day")))
                .body("impliedPolicy.shifts[0].dayTypes", equalTo(List.of("TERM")))
                .body("impliedPolicy.shifts[0].end", equalTo("22:00"))
                .extract()
                .header("Location");
        assertThat(location).endsWith("/agreement/versions/1");
        as(team.director)
                .body(Map.of(
                        "services",
                        List.of(Map.of(
                                "name",
                                "Wi-Fi",
                                "tier",
                                "CRITICAL",
                                "promises",
                                List.of(Map.of(
                                        "dayType", "TERM", "cover", "HOURS", "start", "22:00", "end", "08:00"))))))
                .post(base(team) + "/versions")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("services[0].promises[0].end"));
        as(team.member).get(base(team) + "/versions").then().statusCode(403);

        as(team.director)
                .post(base(team) + "/versions/1/propose")
                .then()
                .statusCode(200)
                .body("status", equalTo("PROPOSED"));
        as(team.director)
                .body(wifiTermOnly)
                .put(base(team) + "/versions/1")
                .then()
                .statusCode(409);
        as(team.director)
                .body(Map.of("signedBy", "M. Weber, Head of School", "note", "review in June"))
                .post(base(team) + "/versions/1/sign")
                .then()
                .statusCode(200)
                .body("status", equalTo("SIGNED"))
                .body("current", equalTo(true))
                .body("signedBy", equalTo("M. Weber, Head of School"));
        as(team.director)
                .get("/api/teams/" + team.teamId + "/policy")
                .then()
                .statusCode(200)
                .body("shifts.name", equalTo(List.of("Weeknight", "Weekend day")))
                .body("shifts[0].end", equalTo("22:00"));

        // a second version supersedes the first once signed
        as(team.director)
                .body(dayServiceAgreement())
                .post(base(team) + "/versions")
                .then()
                .statusCode(201)
                .body("number", equalTo(2));
        as(team.director)
                .body(Map.of("signedBy", "x"))
                .post(base(team) + "/versions/2/sign")
                .then()
                .statusCode(409);
        as(team.director).post(base(team) + "/versions/2/propose").then().statusCode(200);
        as(team.director)
                .body(Map.of("signedBy", "Board of Governors"))
                .post(base(team) + "/versions/2/sign")
                .then()
                .statusCode(200);
        as(team.director)
                .get(base(team) + "/versions")
                .then()
                .statusCode(200)
                .body("status", equalTo(List.of("SUPERSEDED", "SIGNED")));
        as(team.director)
                .get("/api/teams/" + team.teamId + "/policy")
                .then()
                .statusCode(200)
                .body("shifts.name", equalTo(List.of("Day")))
                // the agreement's rest rules (defaults: 2 free weekends a month, a free week in every break)
                .body("unplugged.freeWeekendsPerMonth", equalTo(2))
                .body("unplugged.freeWeekInEveryBreak", equalTo(true));
        // the load report now checks them (nothing is published here, so nothing breaks them)
        as(team.director)
                .get("/api/teams/" + team.teamId + "/load?from=2027-03-01&to=2027-03-31")
                .then()
                .statusCode(200)
                .body("unplugged", equalTo(List.of()));
        List<String> actions = admin().get("/api/audit?teamId=" + team.teamId + "&size=100")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.action", String.class);
        assertThat(actions)
                .contains(
                        "agreement.create",
                        "agreement.propose",
                        "agreement.sign",
                        "agreement.supersede",
                        "policy.update");
    }

    /**
     * The hand-checked case. Five technicians; one shift 08:00-20:00 every day, at most 4 shifts a Monday-to-Sunday
     * week per person. Four of them are off sick from Monday 4 January to Sunday 14 February 2027: six whole weeks.
     * The one left may take 4 of each week's 7 days, so 3 days x 12 h = 36 h a week stay uncovered: January has four
     * of those weeks (4-10, 11-17, 18-24, 25-31) = 144 h, February two (1-7, 8-14) = 72 h; 1-3 January and from
     * 15 February everybody is back. With 1, 2 or 3 away, two people can take 8 days a week: nothing uncovered.
     */
    @Test
    void fiveTechniciansFourOffSickForSixWeeks() {
        TeamFixture team = TeamFixture.create();
        for (String name : List.of("Chloe", "Dev", "Eli")) {
            addMember(team, name + " " + team.teamId, "1.0");
        }
        as(team.director)
                .body(dayServiceAgreement())
                .post(base(team) + "/versions")
                .then()
                .statusCode(201);
        JsonPath fragility = as(team.director)
                .get(base(team) + "/fragility?from=2027-01-01&to=2027-02-28" + "&awayFrom=2027-01-04&awayTo=2027-02-14")
                .then()
                .statusCode(200)
                .body("rows.size()", equalTo(5))
                .body("breaksAt", equalTo(4))
                .extract()
                .jsonPath();
        for (int away = 0; away < 4; away++) {
            assertThat(fragility.getFloat("rows[" + away + "].uncoveredHours"))
                    .as(away + " away")
                    .isZero();
        }
        // 59 days x 12 h promised
        assertThat(fragility.getFloat("rows[4].promisedHours")).isEqualTo(708.0f);
        assertThat(fragility.getFloat("rows[4].months.find { it.month == '2027-01' }.uncoveredHours"))
                .isEqualTo(144.0f);
        assertThat(fragility.getFloat("rows[4].months.find { it.month == '2027-02' }.uncoveredHours"))
                .isEqualTo(72.0f);
        assertThat(fragility.getFloat("rows[4].uncoveredHours")).isEqualTo(216.0f);
        assertThat(fragility.getBoolean("rows[4].promiseKept")).isFalse();
        // the FTE 1.0 members go first: Ben (FTE 0.5) is the one left, far over his 80 h a month
        assertThat(fragility.getList("rows[4].awayMembers", String.class))
                .hasSize(4)
                .noneMatch(n -> n.startsWith("Ben"));
        assertThat(fragility.getList(
                        "rows[4].thresholdBreaches.findAll { it.memberId == '" + team.otherMemberId
                                + "' && it.kind == 'HOURS_PER_MONTH' }.month",
                        String.class))
                .contains("2027-01", "2027-02");
        // unplugged rules (2 free weekends a month, a free week in every break): with everybody at work they hold;
        // where a row cannot keep them, each gap says how many free weekends there were against how many required
        assertThat(fragility.getList("rows[0].unplugged", Object.class)).isEmpty();
        for (int away = 0; away < 5; away++) {
            List<Map<String, Object>> gaps = fragility.getList("rows[" + away + "].unplugged");
            assertThat(gaps)
                    .allSatisfy(g -> assertThat((Integer) g.get("free")).isLessThan((Integer) g.get("required")));
        }
    }

    /**
     * March 2027, Hesse, no school periods (weekdays count as term): 31 days x 12 h = 372 h on call, of which
     * 8 weekend days (96 h) and 2 public holidays (Good Friday 26, Easter Monday 29: 24 h), 21 term days (252 h).
     * Time off by the default rates: 252 x 0.125 + 96 x 0.25 + 24 x 0.5 = 31.5 + 24 + 12 = 67.5 h; call-outs by
     * the default assumption, 4 of 45 minutes: 3 h of work, counted 4 x max(45, 60) min x 1.5 = 6 h; total 73.5 h.
     */
    @Test
    void theCostOfAMonthCanBeRecomputedByHand() {
        TeamFixture team = TeamFixture.create();
        addMember(team, "Chloe " + team.teamId, "1.0");
        as(team.director)
                .body(dayServiceAgreement())
                .post(base(team) + "/versions")
                .then()
                .statusCode(201);
        JsonPath cost = as(team.director)
                .get(base(team) + "/cost?from=2027-03-01&to=2027-03-31")
                .then()
                .statusCode(200)
                .body("mode", equalTo("TIME_OFF"))
                .extract()
                .jsonPath();
        assertThat(cost.getFloat("total.standbyHours")).isEqualTo(372.0f);
        assertThat(cost.getFloat("total.hoursByDayType.WEEKEND")).isEqualTo(96.0f);
        assertThat(cost.getFloat("total.hoursByDayType.PUBLIC_HOLIDAY")).isEqualTo(24.0f);
        assertThat(cost.getFloat("total.calloutHours")).isEqualTo(3.0f);
        assertThat(cost.getFloat("total.countedCalloutHours")).isEqualTo(6.0f);
        assertThat(cost.getFloat("total.timeOffHours")).isEqualTo(73.5f);
        assertThat(cost.getFloat("total.weekendShare")).isCloseTo(96f / 372f, within(0.01f));
        assertThat(cost.getFloat("perYear.standbyHours")).isCloseTo(372f * 365 / 31, within(0.1f));
        float perMember = 0;
        for (float hours : cost.getList("members.figures.standbyHours", Float.class)) {
            perMember += hours;
        }
        assertThat(perMember).isCloseTo(372.0f, within(0.05f));
        assertThat(cost.getFloat("uncoveredHours")).isZero();
    }

    @Test
    void optionsAreWhatIfsAndTheReportIsHtmlAndPdf() {
        TeamFixture team = TeamFixture.create();
        addMember(team, "Chloe " + team.teamId, "1.0");
        as(team.director)
                .body(dayServiceAgreement())
                .post(base(team) + "/versions")
                .then()
                .statusCode(201);
        JsonPath options = as(team.director)
                .body(Map.of(
                        "from",
                        "2027-03-01",
                        "to",
                        "2027-03-31",
                        "options",
                        List.of(
                                Map.of("kind", "DROP_PROMISE", "service", "Door access", "dayType", "WEEKEND"),
                                Map.of("kind", "PAY_WEEKENDS", "payPerHour", 5),
                                Map.of("kind", "ADD_PART_TIMER", "fte", 0.5))))
                .post(base(team) + "/options")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(options.getFloat("baseline.promisedHours")).isEqualTo(372.0f);
        // no weekend promise: 96 h fewer
        assertThat(options.getFloat("options[0].promisedHours")).isEqualTo(276.0f);
        // weekend and holiday hours paid at 5: 120 h x 5 = 600, and no time off for them
        assertThat(options.getFloat("options[1].cost.money")).isEqualTo(600.0f);
        assertThat(options.getFloat("options[1].cost.timeOffHours")).isEqualTo(31.5f + 6f);
        assertThat(options.getString("options[2].label")).contains("Part-timer");
        as(team.director)
                .body(Map.of(
                        "from",
                        "2027-03-01",
                        "to",
                        "2027-03-31",
                        "options",
                        List.of(Map.of("kind", "DROP_PROMISE", "service", "Nope", "dayType", "WEEKEND"))))
                .post(base(team) + "/options")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("options[0].service"));

        as(team.director)
                .accept("text/html")
                .get(base(team) + "/report?from=2027-03-01&to=2027-03-31")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("Where it breaks"))
                .body(containsString("<svg"));
        byte[] pdf = as(team.director)
                .accept("application/pdf")
                .get(base(team) + "/report.pdf?from=2027-03-01&to=2027-03-31")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        as(team.member)
                .get(base(team) + "/report?from=2027-03-01&to=2027-03-31")
                .then()
                .statusCode(403);
        as(team.director)
                .get(base(team) + "/cost?from=2027-03-31&to=2027-03-01")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("to"));
        as(team.director).get(base(team) + "/cost?version=9").then().statusCode(404);
    }

    @Test
    void theLoadReportListsWeekendsTheRotaTakesFromTheRestRules() {
        TeamFixture team = TeamFixture.create();
        Map<String, Object> policy = Map.of(
                "shifts",
                List.of(Map.of(
                        "name",
                        "Weekend day",
                        "dayTypes",
                        List.of("WEEKEND"),
                        "start",
                        "08:00",
                        "end",
                        "08:00",
                        "weight",
                        2)),
                "rules",
                Map.of("minRestHours", 10, "maxConsecutiveDays", 3, "maxShiftsPerWeek", 4),
                "unplugged",
                Map.of("freeWeekendsPerMonth", 2, "freeWeekInEveryBreak", false));
        as(team.director)
                .body(policy)
                .put("/api/teams/" + team.teamId + "/policy")
                .then()
                .statusCode(200);
        // Ana on call the Saturdays 6, 13 and 20 March 2027: one free weekend of the four (27-28) is left
        PublishedShifts rota = PublishedShifts.rota(team.teamId, "2027-03-01", "2027-03-31");
        for (String day : List.of("06", "13", "20")) {
            int next = Integer.parseInt(day) + 1;
            rota.shift(
                    team.memberId,
                    "2027-03-" + day + "T08:00:00+01:00",
                    String.format("2027-03-%02dT08:00:00+01:00", next),
                    org.standby.calendar.DayType.WEEKEND);
        }
        as(team.director)
                .get("/api/teams/" + team.teamId + "/load?from=2027-03-01&to=2027-03-31")
                .then()
                .statusCode(200)
                .body("unplugged.size()", equalTo(1))
                .body("unplugged[0].kind", equalTo("FREE_WEEKENDS"))
                .body("unplugged[0].ref", equalTo(String.valueOf(team.memberId)))
                .body("unplugged[0].period", equalTo("2027-03"))
                .body("unplugged[0].free", equalTo(1))
                .body("unplugged[0].required", equalTo(2));
    }

    @Test
    void aLargeRegisterAndALongNoteAreStoredAndAudited() {
        TeamFixture team = TeamFixture.create();
        List<Map<String, Object>> services = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            List<Map<String, Object>> promises = new ArrayList<>();
            ALL_DAYS.forEach(d -> promises.add(
                    Map.of("dayType", d, "cover", "HOURS", "start", "07:00", "end", "22:00", "responseMinutes", 30)));
            services.add(Map.of(
                    "name",
                    String.format("Service %02d ", i) + "x".repeat(80),
                    "owner",
                    "o".repeat(100),
                    "tier",
                    "NORMAL",
                    "vendor",
                    "v".repeat(200),
                    "promises",
                    promises));
        }
        as(team.director)
                .body(Map.of("services", services))
                .post(base(team) + "/versions")
                .then()
                .statusCode(201);
        as(team.director)
                .body(Map.of("services", services.subList(0, 49)))
                .put(base(team) + "/versions/1")
                .then()
                .statusCode(200);
        as(team.director).post(base(team) + "/versions/1/propose").then().statusCode(200);
        as(team.director)
                .body(Map.of("signedBy", "s".repeat(200), "note", "n".repeat(2000)))
                .post(base(team) + "/versions/1/sign")
                .then()
                .statusCode(200)
                .body("status", equalTo("SIGNED"));
    }
}
