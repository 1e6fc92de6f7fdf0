package org.standby.feed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.standby.support.Api.admin;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.standby.support.RotaFixture;
import org.standby.support.TeamFixture;

/**
 * Issue 22: team feeds made with a viewer's API token before feeds recorded their maker's right to contact details
 * carried phone numbers and e-mail addresses. Migration V18_1 takes them out of those feeds, and only those.
 */
@QuarkusTest
class TokenFeedContactsBackfillTest {

    private static final String MIGRATION = "db/migration/V18_1__token_feed_contact_details.sql";

    @Inject
    EntityManager entityManager;

    private static String token(TeamFixture team, String role) {
        return admin().body(
                        Map.of("name", "feed maker " + role, "roles", List.of(role), "teamIds", List.of(team.teamId)))
                .post("/api/api-tokens")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("token");
    }

    private static String feedWith(TeamFixture team, String token) {
        return given().header("Authorization", "Bearer " + token)
                .contentType("application/json")
                .body("{}")
                .post("/api/teams/" + team.teamId + "/feeds")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("url");
    }

    private static String body(String url) {
        return given().get(URI.create(url).getPath())
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    @Test
    void feedsOfViewerTokensLoseContactDetailsAndOthersKeepThem() throws IOException {
        TeamFixture team = TeamFixture.create();
        LocalDate start = LocalDate.now().plusDays(2);
        RotaFixture.published(team, start.toString(), start.plusDays(3).toString());
        String viewerFeed = feedWith(team, token(team, "viewer"));
        String memberFeed = feedWith(team, token(team, "member"));

        // as stored before V9_1 and this fix: every feed with contact details
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery("update feed set with_contacts = true where team_id = ?1")
                        .setParameter(1, team.teamId)
                        .executeUpdate());
        assertThat(body(viewerFeed)).contains("+49 69 000");

        String migration;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(MIGRATION)) {
            migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String statement = migration
                .lines()
                .filter(line -> !line.startsWith("--"))
                .reduce("", (a, b) -> a + "\n" + b)
                .strip()
                .replaceAll(";$", "");
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager.createNativeQuery(statement).executeUpdate());

        List<Object> flags = QuarkusTransaction.requiringNew()
                .call(() -> entityManager
                        .createNativeQuery("select with_contacts from feed where team_id = ?1 order by id")
                        .setParameter(1, team.teamId)
                        .getResultList()
                        .stream()
                        .map(Object.class::cast)
                        .toList());
        assertThat(flags).containsExactly(false, true);
        // the feed cache is per revision of the team: publish nothing new, read through a fresh revision
        admin().body(Map.of(
                        "name",
                        "Team renamed",
                        "timeZone",
                        "Europe/Berlin",
                        "holidayRegion",
                        "DE-HE",
                        "handoverTime",
                        "08:00"))
                .put("/api/teams/" + team.teamId)
                .then()
                .statusCode(200);
        assertThat(body(viewerFeed))
                .contains("On call: ")
                .doesNotContain("+49 69")
                .doesNotContain("@school");
        assertThat(body(memberFeed)).contains("+49 69 000");
    }
}
