package org.standby.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.standby.support.Api.admin;
import static org.standby.support.Api.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.standby.support.Api;
import org.standby.support.TeamFixture;

@QuarkusTest
class AuthenticationTest {

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        admin().body(Map.of("username", "hashcheck", "password", "correct-horse-battery", "roles", List.of("viewer")))
                .post("/api/users")
                .then()
                .statusCode(201)
                .body("password", nullValue());
        String hash = QuarkusTransaction.requiringNew()
                .call(() -> User.findByUsername("hashcheck").orElseThrow().passwordHash);
        assertThat(hash).startsWith("$2").doesNotContain("correct-horse-battery");
        given().auth()
                .preemptive()
                .basic("hashcheck", "correct-horse-battery")
                .get("/api/me")
                .then()
                .statusCode(200)
                .body("roles", equalTo(List.of("viewer")));
    }

    @Test
    void aWrongPasswordIsAProblemWithAChallenge() {
        given().auth()
                .preemptive()
                .basic(Api.ADMIN, "not-the-password")
                .get("/api/teams")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Basic realm=\"Standby\""));
    }

    @Test
    void theBootstrapAdminUsesTheConfiguredPassword() {
        admin().get("/api/me")
                .then()
                .statusCode(200)
                .body("name", equalTo("admin"))
                .body("roles", hasItem("admin"));
    }

    @Test
    void apiTokensAreShownOnceStoredHashedAndRevocable() {
        TeamFixture fixture = TeamFixture.create();
        var created = admin().body(Map.of("name", "intranet widget", "teamIds", List.of(fixture.teamId)))
                .post("/api/api-tokens")
                .then()
                .statusCode(201)
                .body("roles", equalTo(List.of("viewer")))
                .extract()
                .jsonPath();
        String token = created.getString("token");
        long id = created.getLong("id");
        assertThat(token).startsWith("stb_").hasSizeGreaterThanOrEqualTo(4 + 43);

        admin().get("/api/api-tokens").then().statusCode(200).body("find { it.id == " + id + " }.token", nullValue());
        String stored = QuarkusTransaction.requiringNew().call(() -> ApiToken.<ApiToken>findById(id).tokenHash);
        assertThat(stored).hasSize(64).isEqualTo(SecretHashing.sha256Hex(token)).doesNotContain(token);

        given().header("Authorization", "Bearer " + token)
                .get("/api/teams/" + fixture.teamId)
                .then()
                .statusCode(200);
        // a viewer token cannot write
        given().header("Authorization", "Bearer " + token)
                .contentType("application/json")
                .body(Map.of("name", "X", "fte", "1"))
                .post("/api/teams/" + fixture.teamId + "/members")
                .then()
                .statusCode(403);
        assertThat(QuarkusTransaction.requiringNew().call(() -> ApiToken.<ApiToken>findById(id).lastUsedAt))
                .isNotNull();

        admin().delete("/api/api-tokens/" + id).then().statusCode(204);
        given().header("Authorization", "Bearer " + token)
                .get("/api/teams/" + fixture.teamId)
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        admin().get("/api/api-tokens").then().body("id", not(hasItem((int) id)));
    }

    @Test
    void anUnknownTokenIsRefused() {
        given().header("Authorization", "Bearer stb_" + "A".repeat(43))
                .get("/api/teams")
                .then()
                .statusCode(401);
    }

    @Test
    void theLastAdminCannotBeDeletedOrDemoted() {
        admin().delete("/api/users/admin").then().statusCode(409);
        admin().body(Map.of("roles", List.of("viewer")))
                .put("/api/users/admin")
                .then()
                .statusCode(409);
        admin().get("/api/me").then().statusCode(200);
    }

    @Test
    void unknownRolesAndTeamsAreNamed() {
        admin().body(Map.of(
                        "username",
                        "badroles",
                        "password",
                        "long-enough-pw",
                        "roles",
                        List.of("viewer", "root"),
                        "teamIds",
                        List.of(987654321)))
                .post("/api/users")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("roles[1]"))
                .body("errors.field", hasItem("teamIds[0]"));
        admin().get("/api/users/badroles").then().statusCode(404);
    }

    @Test
    void aShortPasswordIsRefused() {
        admin().body(Map.of("username", "shortpw", "password", "short", "roles", List.of("viewer")))
                .post("/api/users")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("password"));
    }

    @Test
    void aDirectorSeesOnlyTheirTeams() {
        TeamFixture mine = TeamFixture.create();
        TeamFixture.create();
        as(mine.director)
                .get("/api/teams")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo((int) mine.teamId));
    }
}
