package org.standby.feed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.standby.support.Api.as;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.standby.support.RotaFixture;
import org.standby.support.TeamFixture;

/**
 * Issue 22: a viewer does not read phone numbers and e-mail addresses in the on-call answer, so not through a team
 * feed either. A feed records whether its maker may see them; a member's team feed still shows them.
 */
@QuarkusTest
class ViewerFeedContactsTest {

    private static List<String> descriptions(String url) {
        String body = given().get(URI.create(url).getPath())
                .then()
                .statusCode(200)
                .extract()
                .asString();
        ICalendar calendar = Biweekly.parse(body).first();
        return calendar.getEvents().stream()
                .map(VEvent::getDescription)
                .map(d -> d.getValue())
                .toList();
    }

    @Test
    void aViewersTeamFeedCarriesNoPhoneOrEmailWhileAMembersDoes() {
        TeamFixture team = TeamFixture.create();
        LocalDate start = LocalDate.now().plusDays(2);
        RotaFixture.published(team, start.toString(), start.plusDays(6).toString());

        String viewers = as(team.viewer)
                .post("/api/teams/" + team.teamId + "/feeds")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("url");
        String membersFeed = as(team.member)
                .post("/api/teams/" + team.teamId + "/feeds")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("url");

        assertThat(descriptions(viewers)).hasSize(7).allSatisfy(description -> {
            assertThat(description).contains("On call: ");
            assertThat(description).doesNotContain("+49 69").doesNotContain("@school.example");
        });
        assertThat(descriptions(membersFeed))
                .anySatisfy(description ->
                        assertThat(description).contains("+49 69 000").contains("@school.example"));
    }
}
