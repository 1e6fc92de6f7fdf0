package org.standby.feed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.standby.support.Api.as;

import biweekly.Biweekly;
import biweekly.component.VEvent;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.standby.support.RotaFixture;
import org.standby.support.TeamFixture;
import org.standby.support.TestClock;

/**
 * Issue 20: members' feeds showed false "Backup:" lines taken from a DRAFT rota overlapping the published one
 * (and from an archived rota overlapping its successor). A feed shows published rotas only; a backup is another
 * person on the same shift of the same rota.
 */
@QuarkusTest
class FeedShowsPublishedRotasOnlyTest {

    @Inject
    TestClock clock;

    private static String memberFeed(String login, long memberId) {
        String url = as(login)
                .post("/api/members/" + memberId + "/feeds")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("url");
        return URI.create(url).getPath();
    }

    /** Approved leave for the member on the two days: a rota made afterwards gives their shifts to the other. */
    private static void leave(TeamFixture team, long memberId, LocalDate from) {
        as(team.director)
                .body(Map.of(
                        "memberId",
                        memberId,
                        "start",
                        from.toString(),
                        "end",
                        from.plusDays(1).toString(),
                        "kind",
                        "TRAINING"))
                .post("/api/teams/" + team.teamId + "/absences")
                .then()
                .statusCode(201);
    }

    private static List<VEvent> events(String path) {
        return Biweekly.parse(given().get(path).then().statusCode(200).extract().asString())
                .first()
                .getEvents();
    }

    @Test
    void aDraftOverlappingThePublishedRotaLeavesTheMemberFeedUnchanged() {
        TeamFixture team = TeamFixture.create();
        LocalDate start = LocalDate.now(clock).plusDays(3);
        RotaFixture.published(team, start.toString(), start.plusDays(6).toString());
        leave(team, team.memberId, start.plusDays(2));
        String path = memberFeed(team.member, team.memberId);
        byte[] before = given().get(path).then().statusCode(200).extract().asByteArray();

        // the draft gives the member's leave days to the other member: a different person at the same starts
        RotaFixture draft =
                RotaFixture.draft(team, start.toString(), start.plusDays(6).toString());
        assertThat(draft.shifts()).anySatisfy(s -> assertThat(s.memberId()).isEqualTo(team.otherMemberId));

        byte[] after = given().get(path).then().statusCode(200).extract().asByteArray();
        assertThat(new String(after, java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(new String(before, java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void anArchivedRotaGivesNoBackupToTheRotaThatReplacedIt() {
        TeamFixture team = TeamFixture.create();
        LocalDate start = LocalDate.now(clock).plusDays(3);
        RotaFixture first =
                RotaFixture.published(team, start.toString(), start.plusDays(6).toString());
        leave(team, team.memberId, start.plusDays(2));
        as(team.director).post("/api/rotas/" + first.rotaId + "/archive").then().statusCode(200);
        RotaFixture.published(team, start.toString(), start.plusDays(6).toString());

        List<VEvent> confirmed = events(memberFeed(team.otherMember, team.otherMemberId)).stream()
                .filter(e -> "CONFIRMED".equals(e.getStatus().getValue()))
                .toList();
        assertThat(confirmed)
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.getDescription().getValue()).contains("Backup: none (single cover)"));
    }

    @Test
    void aSecondPersonOnTheSameShiftIsStillTheBackup() {
        TeamFixture team = TeamFixture.create();
        as(team.director)
                .body(Map.of(
                        "shifts",
                                List.of(Map.of(
                                        "name",
                                        "Night",
                                        "dayTypes",
                                        List.of("TERM", "BREAK", "SUMMER", "WEEKEND", "PUBLIC_HOLIDAY"),
                                        "start",
                                        "18:00",
                                        "end",
                                        "08:00",
                                        "weight",
                                        1,
                                        "headcount",
                                        2)),
                        "rules", Map.of("minRestHours", 10, "maxConsecutiveDays", 7, "maxShiftsPerWeek", 7)))
                .put("/api/teams/" + team.teamId + "/policy")
                .then()
                .statusCode(200);
        LocalDate start = LocalDate.now(clock).plusDays(3);
        RotaFixture.published(team, start.toString(), start.plusDays(2).toString());

        assertThat(events(memberFeed(team.member, team.memberId)))
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.getDescription().getValue()).contains("Backup: Ben "));
    }
}
