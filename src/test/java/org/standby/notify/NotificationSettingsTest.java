package org.standby.notify;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.standby.support.Api.anonymous;
import static org.standby.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.standby.support.TeamFixture;

/** /api/me/notifications and the team webhook: defaults, validation with the field named, secrets never echoed. */
@QuarkusTest
class NotificationSettingsTest {

    @Test
    void defaultsAreEmailAndRemindersOneDayAndOneHourBefore() {
        TeamFixture team = TeamFixture.create();
        as(team.member)
                .get("/api/me/notifications")
                .then()
                .statusCode(200)
                .body("channels", contains("EMAIL"))
                .body("leadTimes", contains("PT24H", "PT1H"))
                .body("email", equalTo(team.member + "@school.example"))
                .body("webhookSecretSet", equalTo(false));
        anonymous().get("/api/me/notifications").then().statusCode(401);
    }

    @Test
    void aMemberChoosesChannelsAndLeadTimesAndTheSecretIsNeverAnswered() {
        TeamFixture team = TeamFixture.create();
        as(team.member)
                .body(Map.of(
                        "channels",
                        List.of("EMAIL", "WEBHOOK"),
                        "leadTimes",
                        List.of("PT1H", "PT48H", "PT15M"),
                        "webhookUrl",
                        "https://hooks.slack.example/services/T0/B0/x",
                        "webhookSecret",
                        "personal-secret-0123456789"))
                .put("/api/me/notifications")
                .then()
                .statusCode(200)
                .body("channels", contains("EMAIL", "WEBHOOK"))
                .body("leadTimes", contains("PT48H", "PT1H", "PT15M"))
                .body("webhookSecretSet", equalTo(true))
                .body(not(containsString("personal-secret")));
        as(team.member)
                .get("/api/me/notifications")
                .then()
                .statusCode(200)
                .body("leadTimes", contains("PT48H", "PT1H", "PT15M"))
                .body(not(containsString("personal-secret")));
    }

    @Test
    void badPreferencesAreRefusedNamingTheField() {
        TeamFixture team = TeamFixture.create();
        as(team.member)
                .body(Map.of("channels", List.of("EMAIL"), "leadTimes", List.of("PT1S")))
                .put("/api/me/notifications")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("leadTimes"));
        as(team.member)
                .body(Map.of("channels", List.of("EMAIL"), "leadTimes", List.of("tomorrow")))
                .put("/api/me/notifications")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("leadTimes"));
        as(team.member)
                .body(Map.of("channels", List.of("PIGEON"), "leadTimes", List.of("PT1H")))
                .put("/api/me/notifications")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("channels"));
        as(team.member)
                .body(Map.of("channels", List.of("WEBHOOK"), "leadTimes", List.of("PT1H")))
                .put("/api/me/notifications")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("webhookUrl"));
        as(team.member)
                .body(Map.of(
                        "channels",
                        List.of("WEBHOOK"),
                        "leadTimes",
                        List.of("PT1H"),
                        "webhookUrl",
                        "ftp://files.example/x"))
                .put("/api/me/notifications")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("webhookUrl"));
        // a director without a member record needs an address for e-mail
        as(team.director)
                .body(Map.of("channels", List.of("EMAIL"), "leadTimes", List.of("PT1H")))
                .put("/api/me/notifications")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("email"));
    }

    @Test
    void onlyDirectorsSetTheTeamWebhookAndItsSecretIsNeverAnswered() {
        TeamFixture team = TeamFixture.create();
        Map<String, String> hook =
                Map.of("url", "https://outlook.office.example/webhook/abc", "secret", "team-secret-0123456789");
        as(team.member)
                .body(hook)
                .put("/api/teams/" + team.teamId + "/webhook")
                .then()
                .statusCode(403);
        as(team.viewer)
                .body(hook)
                .put("/api/teams/" + team.teamId + "/webhook")
                .then()
                .statusCode(403);
        as(team.director)
                .body(hook)
                .put("/api/teams/" + team.teamId + "/webhook")
                .then()
                .statusCode(200)
                .body("url", equalTo(hook.get("url")))
                .body("secretSet", equalTo(true))
                .body(not(containsString("team-secret")));
        as(team.director)
                .body(Map.of("url", "not a url", "secret", "team-secret-0123456789"))
                .put("/api/teams/" + team.teamId + "/webhook")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("url"));
        as(team.director)
                .body(Map.of("url", "https://x.example/h", "secret", "short"))
                .put("/api/teams/" + team.teamId + "/webhook")
                .then()
                .statusCode(400);
        // the audit trail records the change without the secret
        as(team.director)
                .get("/api/audit?teamId=" + team.teamId)
                .then()
                .statusCode(200)
                .body(containsString("team-webhook.update"))
                .body(not(containsString("team-secret")));
    }
}
