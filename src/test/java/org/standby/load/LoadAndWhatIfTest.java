package org.standby.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.standby.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.standby.calendar.DayType;
import org.standby.support.PublishedShifts;
import org.standby.support.TeamFixture;

/** The load report and what-if as a client sees them; what-if must leave the database exactly as it was. */
@QuarkusTest
class LoadAndWhatIfTest {

    @Inject
    DataSource dataSource;

    /** Every row of every table of the application's schema, as text, table by table in name order. */
    String dump() throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Connection connection = dataSource.getConnection()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    // Quartz's own tables change by themselves (cluster check-ins, next fire times), and so
                    // does the outbox, which the dispatch job works off every 2 s
                    String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    if ("public".equals(rs.getString("TABLE_SCHEM").toLowerCase(Locale.ROOT))
                            && !name.startsWith("qrtz_")
                            && !name.equals("notification_outbox")) {
                        tables.add(rs.getString("TABLE_NAME"));
                    }
                }
            }
            tables.sort(String::compareTo);
            assertThat(tables).isNotEmpty();
            for (String table : tables) {
                try (Statement statement = connection.createStatement();
                        ResultSet rs = statement.executeQuery("select * from \"" + table + "\" order by 1")) {
                    int columns = rs.getMetaData().getColumnCount();
                    int rows = 0;
                    StringBuilder content = new StringBuilder();
                    while (rs.next()) {
                        rows++;
                        for (int c = 1; c <= columns; c++) {
                            String column = rs.getMetaData().getColumnLabel(c).toLowerCase(Locale.ROOT);
                            // when a feed or token was last used is written later, in the background
                            boolean background = column.equals("last_access_at") || column.equals("last_used_at");
                            content.append(background ? "*" : rs.getString(c)).append('|');
                        }
                        content.append('\n');
                    }
                    out.append(table)
                            .append(": ")
                            .append(rows)
                            .append(" rows\n")
                            .append(content);
                }
            }
        }
        return out.toString();
    }

    static String whatIfOf(TeamFixture team) {
        return "/api/teams/" + team.teamId + "/what-if";
    }

    @Test
    void theLoadReportOfPublishedShiftsIsSeenByMembersWithCompensationOwedForDirectorsOnly() {
        TeamFixture team = TeamFixture.create();
        PublishedShifts rota = PublishedShifts.rota(team.teamId, "2027-03-01", "2027-03-31");
        rota.shift(team.memberId, "2027-03-24T18:00:00+01:00", "2027-03-25T08:00:00+01:00", DayType.TERM);
        rota.shift(team.memberId, "2027-03-27T18:00:00+01:00", "2027-03-28T08:00:00+02:00", DayType.WEEKEND);
        String url = "/api/teams/" + team.teamId + "/load?from=2027-03-22&to=2027-03-28";
        JsonPath load = as(team.director)
                .get(url)
                .then()
                .statusCode(200)
                .body("source", equalTo("PUBLISHED"))
                .body("thresholds.maxHoursOnCallPerMonth", equalTo(160.0f))
                .body("thresholds.maxWeekendsPerMonth", equalTo(2))
                .body("thresholds.maxNightsInARow", equalTo(3))
                .body("rules.minRestHours", equalTo(10))
                // 14 x 0.125 + 13 x 0.25 = 1.75 + 3.25 = 5
                .body("totals.compensationOwed", equalTo(5.0f))
                .body("months[0].month", equalTo("2027-03"))
                .body("months[0].hoursCarried", equalTo(27.0f))
                .extract()
                .jsonPath();
        Map<String, Object> ana = load.getMap("members.find { it.memberId == " + team.memberId + " }");
        // 14 h + 13 h (the spring night); nights on call at 03:00 on 25 and 28 March
        assertThat(ana)
                .containsEntry("hoursOnCall", 27.0f)
                .containsEntry("nights", 2)
                .containsEntry("shareOfNights", 1.0f)
                .containsEntry("weekendDays", 0)
                .containsEntry("hypothetical", false);
        assertThat(load.getFloat("months[0].uncoveredHours"))
                .isEqualTo(load.getFloat("months[0].coverPromisedHours") - 27.0f);
        as(team.member)
                .get(url)
                .then()
                .statusCode(200)
                .body("totals.compensationOwed", nullValue())
                .body("months[0].compensationOwed", nullValue())
                .body("members.find { it.memberId == " + team.memberId + " }.hoursOnCall", equalTo(27.0f));
        as(team.viewer).get(url).then().statusCode(403);
        as(team.member)
                .get("/api/teams/" + team.teamId + "/load?from=2027-03-22")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("to"));
    }

    @Test
    void ifBenIsOffForSixWeeksHisLoadGoesToOthersOrStaysUncoveredAndNothingIsStored() throws SQLException {
        TeamFixture team = TeamFixture.create();
        Map<String, Object> body = new HashMap<>();
        body.put("from", "2027-09-01");
        body.put("to", "2027-10-15");
        body.put(
                "absences",
                List.of(Map.of(
                        "memberId", team.otherMemberId, "start", "2027-09-01", "end", "2027-10-12", "kind", "SICK")));
        String before = dump();
        JsonPath answer = as(team.director)
                .body(body)
                .post(whatIfOf(team))
                .then()
                .statusCode(200)
                .body("baseline.source", equalTo("GENERATED"))
                .body("scenario.source", equalTo("SCENARIO"))
                .body("changes[0]", org.hamcrest.Matchers.containsString("absent from 2027-09-01 to 2027-10-12"))
                .extract()
                .jsonPath();
        assertThat(dump()).isEqualTo(before);
        String ben = "find { it.memberId == " + team.otherMemberId + " }";
        float benBefore = answer.getFloat("baseline.members." + ben + ".hoursOnCall");
        float benAfter = answer.getFloat("scenario.members." + ben + ".hoursOnCall");
        assertThat(benBefore).isGreaterThan(0);
        // only 13 to 15 October (and their nights) are left for him
        assertThat(benAfter).isLessThan(benBefore).isLessThanOrEqualTo(3 * 24);
        assertThat(answer.getFloat("difference.members." + ben + ".hoursOnCall"))
                .isEqualTo(benAfter - benBefore, org.assertj.core.api.Assertions.within(0.01f));
        assertThat(answer.getInt("scenario.totals.uncoveredShifts"))
                .isGreaterThanOrEqualTo(answer.getInt("baseline.totals.uncoveredShifts"));
        assertThat(answer.getFloat("difference.totals.coverPromisedHours")).isZero();
    }

    @Test
    void withAFifthTechnicianTheLoadIsSharedAndNothingIsStored() throws SQLException {
        TeamFixture team = TeamFixture.create();
        Map<String, Object> body = Map.of(
                "from",
                "2027-11-01",
                "to",
                "2027-11-30",
                "addMembers",
                List.of(Map.of("name", "Fifth Technician", "fte", 1.0)));
        String before = dump();
        JsonPath answer = as(team.director)
                .body(body)
                .post(whatIfOf(team))
                .then()
                .statusCode(200)
                .body("scenario.members.find { it.ref == 'new-1' }.hypothetical", equalTo(true))
                .body("scenario.members.find { it.ref == 'new-1' }.memberId", nullValue())
                .body("scenario.members.find { it.ref == 'new-1' }.name", equalTo("Fifth Technician"))
                .body("changes", hasItem("with Fifth Technician (FTE 1)"))
                .extract()
                .jsonPath();
        assertThat(dump()).isEqualTo(before);
        assertThat(answer.getFloat("scenario.members.find { it.ref == 'new-1' }.hoursOnCall"))
                .isGreaterThan(0);
        assertThat(answer.getFloat("difference.members.find { it.memberId == " + team.memberId + " }.hoursOnCall"))
                .isLessThan(0);
        assertThat(answer.getFloat("difference.members.find { it.ref == 'new-1' }.hoursOnCall"))
                .isEqualTo(answer.getFloat("scenario.members.find { it.ref == 'new-1' }.hoursOnCall"));
    }

    @Test
    void ifWeCoverOnlyWeekendsAndHolidaysInTheSummerTheWeeknightsDropOut() throws SQLException {
        TeamFixture team = TeamFixture.create();
        Map<String, Object> policy = Map.of(
                "shifts",
                        List.of(
                                Map.of(
                                        "name",
                                        "Weekend day",
                                        "dayTypes",
                                        List.of("WEEKEND"),
                                        "start",
                                        "08:00",
                                        "end",
                                        "08:00",
                                        "weight",
                                        2),
                                Map.of(
                                        "name",
                                        "Public holiday",
                                        "dayTypes",
                                        List.of("PUBLIC_HOLIDAY"),
                                        "start",
                                        "08:00",
                                        "end",
                                        "08:00",
                                        "weight",
                                        3)),
                "rules", Map.of("minRestHours", 10, "maxConsecutiveDays", 3, "maxShiftsPerWeek", 4));
        Map<String, Object> body = Map.of("from", "2027-07-05", "to", "2027-07-18", "policy", policy);
        String before = dump();
        JsonPath answer = as(team.director)
                .body(body)
                .post(whatIfOf(team))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(dump()).isEqualTo(before);
        // no holidays in Hesse in these two weeks: the ten weeknights Monday to Friday, 14 h each, are no longer
        // promised: -140 h. The weekends stay: Sunday 4 July's day reaching to 08:00 on the 5th (8 h), then
        // 10, 11, 17 July (24 h each) and 18 July until midnight (16 h) = 96 h
        assertThat(answer.getFloat("difference.totals.coverPromisedHours")).isEqualTo(-140.0f);
        assertThat(answer.getFloat("scenario.totals.coverPromisedHours")).isEqualTo(96.0f);
        assertThat(answer.getFloat("baseline.totals.coverPromisedHours")).isEqualTo(236.0f);
        assertThat(answer.getList("changes", String.class)).anyMatch(c -> c.startsWith("policy: 2 shift templates"));
    }

    @Test
    void whatIfIsForDirectorsAndNamesWhatIsWrong() throws SQLException {
        TeamFixture team = TeamFixture.create();
        String before = dump();
        as(team.member)
                .body(Map.of("from", "2027-07-05", "to", "2027-07-18"))
                .post(whatIfOf(team))
                .then()
                .statusCode(403);
        as(team.director)
                .body(Map.of("from", "2027-07-05"))
                .post(whatIfOf(team))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("to"));
        as(team.director)
                .body(Map.of(
                        "from",
                        "2027-07-05",
                        "to",
                        "2027-07-18",
                        "absences",
                        List.of(Map.of("memberId", 987654321L, "start", "2027-07-05", "end", "2027-07-06"))))
                .post(whatIfOf(team))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("absences[0].memberId"));
        as(team.director)
                .body(Map.of("from", "2027-07-05", "to", "2027-07-18", "removeMemberIds", List.of(-4)))
                .post(whatIfOf(team))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("removeMemberIds[0]"));
        Map<String, Object> badPolicy = Map.of(
                "shifts",
                List.of(Map.of(
                        "name", "Night", "dayTypes", List.of("TERM"), "start", "18:00", "end", "08:00", "weight", -1)),
                "rules",
                Map.of("minRestHours", 10, "maxConsecutiveDays", 3, "maxShiftsPerWeek", 4));
        as(team.director)
                .body(Map.of("from", "2027-07-05", "to", "2027-07-18", "policy", badPolicy))
                .post(whatIfOf(team))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("policy.shifts[0].weight"));
        as(team.director)
                .body(Map.of(
                        "from", "2027-07-05", "to", "2027-07-18", "addMembers", List.of(Map.of("name", "", "fte", 2))))
                .post(whatIfOf(team))
                .then()
                .statusCode(400);
        assertThat(dump()).isEqualTo(before);
    }

    @Test
    void theBaselineIsThePublishedRotaWhenThereIsOne() throws SQLException {
        TeamFixture team = TeamFixture.create();
        PublishedShifts rota = PublishedShifts.rota(team.teamId, "2027-02-01", "2027-02-07");
        rota.shift(team.memberId, "2027-02-01T18:00:00+01:00", "2027-02-02T08:00:00+01:00", DayType.TERM);
        String before = dump();
        Map<String, Object> body =
                Map.of("from", "2027-02-01", "to", "2027-02-07", "removeMemberIds", List.of(team.otherMemberId));
        as(team.director)
                .body(body)
                .post(whatIfOf(team))
                .then()
                .statusCode(200)
                .body("baseline.source", equalTo("PUBLISHED"))
                .body("baseline.members.find { it.memberId == " + team.memberId + " }.hoursOnCall", equalTo(14.0f))
                .body("scenario.members.find { it.memberId == " + team.otherMemberId + " }", nullValue())
                .body("difference.members.find { it.memberId == " + team.otherMemberId + " }", notNullValue());
        assertThat(dump()).isEqualTo(before);
    }
}
