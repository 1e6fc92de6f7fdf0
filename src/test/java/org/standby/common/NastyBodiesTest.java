package org.standby.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.standby.support.Api.ADMIN;
import static org.standby.support.Api.ADMIN_PASSWORD;
import static org.standby.support.Api.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.standby.support.TeamFixture;

/**
 * Bodies no schema describes: 5 MB, nested 100 000 deep, invalid UTF-8, control characters, broken and empty
 * JSON, the wrong content type, and a few hundred random strings (jqwik's generators, every Unicode plane) as a
 * member's name. Each is answered without a 5xx, refusals as problem+json, and nothing refused is stored; a name
 * that is accepted reads back exactly as it was sent.
 */
@QuarkusTest
class NastyBodiesTest {

    private TeamFixture team;
    private String members;

    @BeforeEach
    void team() {
        team = TeamFixture.create();
        members = "/api/teams/" + team.teamId + "/members";
    }

    /** Members are always answered as a page {items, page, size, total}; total counts all of them. */
    private int memberCount() {
        return admin().get(members).then().statusCode(200).extract().jsonPath().getInt("total");
    }

    private Response post(byte[] body, String contentType) {
        return given().auth()
                .preemptive()
                .basic(ADMIN, ADMIN_PASSWORD)
                .contentType(contentType)
                .body(body)
                .post(members);
    }

    private static void refusedAsProblem(Response response, String what) {
        assertThat(response.statusCode()).as(what + ": " + response.asString()).isBetween(400, 499);
        assertThat(response.contentType()).as(what).startsWith("application/problem+json");
        assertThat(response.jsonPath().getInt("status")).as(what).isEqualTo(response.statusCode());
    }

    @Test
    void hostileBodiesAreRefusedAndStoreNothing() {
        int before = memberCount();
        Map<String, byte[]> bodies = new java.util.LinkedHashMap<>();
        bodies.put(
                "5 MB name",
                ("{\"name\": \"" + "x".repeat(5 * 1024 * 1024) + "\", \"fte\": 1}").getBytes(StandardCharsets.UTF_8));
        bodies.put(
                "nested 100 000 deep",
                ("{\"name\": " + "[".repeat(100_000) + "]".repeat(100_000) + ", \"fte\": 1}")
                        .getBytes(StandardCharsets.UTF_8));
        bodies.put(
                "objects nested 100 000 deep",
                ("{\"name\": \"a\", \"fte\": 1, \"email\": " + "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000)
                                + "}")
                        .getBytes(StandardCharsets.UTF_8));
        bodies.put(
                "invalid UTF-8",
                concat(
                        "{\"name\": \"a".getBytes(StandardCharsets.UTF_8),
                        new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF},
                        "\", \"fte\": 1}".getBytes(StandardCharsets.UTF_8)));
        bodies.put("truncated", "{\"name\": \"Ana\", \"fte\": ".getBytes(StandardCharsets.UTF_8));
        bodies.put("empty", new byte[0]);
        bodies.put("JSON null", "null".getBytes(StandardCharsets.UTF_8));
        bodies.put("a list", "[{\"name\": \"Ana\", \"fte\": 1}]".getBytes(StandardCharsets.UTF_8));
        bodies.put("a string", "\"Ana\"".getBytes(StandardCharsets.UTF_8));
        bodies.put(
                "two documents",
                "{\"name\": \"Ana\", \"fte\": 1}{\"name\": \"Ben\", \"fte\": 1}".getBytes(StandardCharsets.UTF_8));
        bodies.put(
                "duplicate key with bad value",
                "{\"name\": \"Ana\", \"fte\": 1, \"fte\": \"x\"}".getBytes(StandardCharsets.UTF_8));
        bodies.put(
                "raw control character in a string",
                "{\"name\": \"A\u0001\nB\", \"fte\": 2}".getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, byte[]> body : bodies.entrySet()) {
            refusedAsProblem(post(body.getValue(), "application/json"), body.getKey());
        }
        Response text = post("{\"name\": \"Ana\", \"fte\": 1}".getBytes(StandardCharsets.UTF_8), "text/plain");
        refusedAsProblem(text, "text/plain body");
        assertThat(text.statusCode()).isEqualTo(415);
        assertThat(memberCount()).as("members stored by refused requests").isEqualTo(before);
    }

    @Test
    void anyNameIsStoredExactlyOrRefusedAsProblem() {
        Arbitrary<String> names = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMinLength(1).ofMaxLength(40),
                Arbitraries.strings()
                        .withCharRange('\u0000', '\u001f')
                        .ofMinLength(1)
                        .ofMaxLength(5),
                Arbitraries.strings()
                        .withChars("\u200b\u202e\ufeff\ud83d\ude00 ")
                        .ofMinLength(1)
                        .ofMaxLength(8));
        List<String> failures = new ArrayList<>();
        names.sampleStream().limit(150).forEach(name -> {
            Response response = admin().body(Map.of("name", name, "fte", 1)).post(members);
            int status = response.statusCode();
            if (status == 201) {
                String stored = admin().get(members + "/" + response.jsonPath().getLong("id"))
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getString("name");
                if (!stored.equals(name.strip()) && !stored.equals(name)) {
                    failures.add(escape(name) + " stored as " + escape(stored));
                }
            } else if (status >= 500
                    || status < 400
                    || !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
                failures.add(escape(name) + " -> " + status + " " + response.contentType());
            } else if (status == 400 && !response.asString().contains("\"name\"")) {
                failures.add(escape(name) + " -> 400 not naming the field: " + response.asString());
            }
        });
        assertThat(failures).isEmpty();
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder("\"");
        s.codePoints()
                .forEach(
                        c -> out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.append('"').toString();
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] p : parts) {
            length += p.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }
}
