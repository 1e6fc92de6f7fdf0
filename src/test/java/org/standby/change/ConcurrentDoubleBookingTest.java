package org.standby.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.standby.support.Api.admin;
import static org.standby.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.standby.calendar.DayType;
import org.standby.support.Api;
import org.standby.support.PublishedShifts;
import org.standby.support.RotaFixture;
import org.standby.support.TeamFixture;

/**
 * Issue 22: two people per night, and for each night a pair of cover requests that each put the same third
 * member into one of the two slots. Two directors approve all of them at once, with real parallel HTTP requests
 * and no breach reason. Exactly one request of each pair may be applied; the second of a pair breaks the overlap
 * rule and must be refused with 400 asking for a breachReason, as when approved one after the other. Nobody may
 * end up in both slots of a night.
 */
@QuarkusTest
class ConcurrentDoubleBookingTest {

    private static final int NIGHTS = 25;

    @RepeatedTest(2)
    void parallelApprovalsNeverPutOneMemberIntoBothSlotsOfANight() throws Exception {
        TeamFixture team = TeamFixture.create();
        String secondDirector = team.director + "-2";
        admin().body(Map.of(
                        "username",
                        secondDirector,
                        "password",
                        Api.PASSWORD,
                        "roles",
                        List.of("director"),
                        "teamIds",
                        List.of(team.teamId)))
                .post("/api/users")
                .then()
                .statusCode(201);
        long third = RotaFixture.addMember(team, "Cleo");
        // one night a week, so the third member breaks no rest, consecutive-days or per-week rule by covering one
        LocalDate first = LocalDate.of(2031, 1, 6);
        PublishedShifts rota = PublishedShifts.rota(
                team.teamId, first.toString(), first.plusWeeks(NIGHTS).toString());
        List<long[]> pairs = new ArrayList<>();
        for (int n = 0; n < NIGHTS; n++) {
            LocalDate night = first.plusWeeks(n);
            String start = night + "T18:00:00+01:00";
            String end = night.plusDays(1) + "T08:00:00+01:00";
            long a = rota.shift(team.memberId, start, end, DayType.TERM, 0);
            long b = rota.shift(team.otherMemberId, start, end, DayType.TERM, 1);
            pairs.add(new long[] {cover(team, rota.rotaId(), a, third), cover(team, rota.rotaId(), b, third)});
        }

        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String base = RestAssured.baseURI + ":" + RestAssured.port;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2 * NIGHTS);
        List<Future<Integer>> firsts = new ArrayList<>();
        List<Future<Integer>> seconds = new ArrayList<>();
        try {
            for (long[] pair : pairs) {
                firsts.add(pool.submit(approve(client, base, team.director, pair[0], go)));
                seconds.add(pool.submit(approve(client, base, secondDirector, pair[1], go)));
            }
            go.countDown();
            for (int n = 0; n < NIGHTS; n++) {
                int one = firsts.get(n).get(120, TimeUnit.SECONDS);
                int two = seconds.get(n).get(120, TimeUnit.SECONDS);
                assertThat(List.of(one, two))
                        .as("answers to the two approvals of night %d", n)
                        .containsExactlyInAnyOrder(200, 400);
            }
        } finally {
            pool.shutdownNow();
        }

        List<Map<String, Object>> shifts = as(team.director)
                .get("/api/rotas/" + rota.rotaId() + "/shifts")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        Map<Object, List<Object>> holdersByStart = new java.util.HashMap<>();
        shifts.forEach(s -> holdersByStart
                .computeIfAbsent(s.get("start"), k -> new ArrayList<>())
                .add(s.get("memberId")));
        assertThat(holdersByStart).hasSize(NIGHTS);
        holdersByStart.forEach((start, holders) -> assertThat(holders)
                .as("holders of the night starting %s", start)
                .doesNotHaveDuplicates()
                .contains(((Number) third).intValue()));

        // every refusal is audited with its reason: the overlap, and the breach reason it needs
        List<String> refusals = as(team.director)
                .get("/api/audit?teamId=" + team.teamId + "&size=200")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.findAll { it.action == 'change-request.approve.refused' }.reason", String.class);
        assertThat(refusals)
                .hasSize(NIGHTS)
                .allSatisfy(reason -> assertThat(reason)
                        .startsWith("breachReason: is required to approve this change")
                        .contains("Cleo is already on call then"));
    }

    private static long cover(TeamFixture team, long rotaId, long shiftId, long memberId) {
        return as(team.director)
                .body(Map.of("type", "COVER", "shiftId", shiftId, "memberId", memberId, "reason", "cover night"))
                .post("/api/rotas/" + rotaId + "/change-requests")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private static java.util.concurrent.Callable<Integer> approve(
            HttpClient client, String base, String director, long id, CountDownLatch go) {
        String auth = "Basic "
                + Base64.getEncoder().encodeToString((director + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/change-requests/" + id + "/approve"))
                .header("Authorization", auth)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(90))
                .POST(HttpRequest.BodyPublishers.ofString("{\"note\":\"ok\"}"))
                .build();
        return () -> {
            go.await();
            return client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
        };
    }
}
