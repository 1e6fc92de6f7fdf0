package org.standby.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.standby.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.standby.support.Api;
import org.standby.support.RotaFixture;
import org.standby.support.TeamFixture;

/**
 * Fifty directors' clicks at once: fifty pending requests that all touch the same shift, approved concurrently with
 * real HTTP calls. Exactly one wins; the others are refused with 409, nothing is half-applied, and the audit trail
 * shows every decision.
 */
@QuarkusTest
class ConcurrentApprovalTest {

    private static final int REQUESTS = 50;

    @Test
    void fiftyConcurrentApprovalsOfConflictingRequestsApplyExactlyOne() throws Exception {
        TeamFixture team = TeamFixture.create();
        RotaFixture rota = RotaFixture.published(team, "2027-04-05", "2027-04-18");
        RotaFixture.Shift contested = rota.firstShiftOf(team.memberId);
        RotaFixture.Shift bens = rota.firstShiftOf(team.otherMemberId);
        String path = "/api/rotas/" + rota.rotaId + "/change-requests";

        // half ask Ben to cover Ana's shift, half ask to swap it with one of Ben's: all touch the same shift
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            Map<String, Object> body = i % 2 == 0
                    ? Map.of(
                            "type",
                            "COVER",
                            "shiftId",
                            contested.id(),
                            "memberId",
                            team.otherMemberId,
                            "reason",
                            "cover " + i)
                    : Map.of(
                            "type",
                            "SWAP",
                            "shiftId",
                            contested.id(),
                            "otherShiftId",
                            bens.id(),
                            "reason",
                            "swap " + i);
            String requester = i % 2 == 0 ? team.otherMember : team.member;
            long id = as(requester)
                    .body(body)
                    .post(path)
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath()
                    .getLong("id");
            if (i % 2 == 1) {
                // Ana's swap reaches the directors once Ben consents
                as(team.otherMember)
                        .body(Map.of())
                        .post("/api/change-requests/" + id + "/accept")
                        .then()
                        .statusCode(200);
            }
            ids.add(id);
        }

        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String auth = "Basic "
                + Base64.getEncoder()
                        .encodeToString((team.director + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8));
        String base = RestAssured.baseURI + ":" + RestAssured.port;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (long id : ids) {
                HttpRequest approve = HttpRequest.newBuilder(
                                URI.create(base + "/api/change-requests/" + id + "/approve"))
                        .header("Authorization", auth)
                        .header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(60))
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"note\":\"first come\",\"breachReason\":\"load test: rules not the point\"}"))
                        .build();
                answers.add(pool.submit(() -> {
                    start.await();
                    return client.send(approve, HttpResponse.BodyHandlers.ofString())
                            .statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(120, TimeUnit.SECONDS));
            }
            Map<Integer, Long> counts =
                    statuses.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(200, 1L, 409, (long) REQUESTS - 1));
        } finally {
            pool.shutdownNow();
        }

        // exactly one request applied, the rest still pending
        List<String> states = ids.stream()
                .map(id -> as(team.director)
                        .get("/api/change-requests/" + id)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getString("status"))
                .toList();
        assertThat(states).filteredOn("APPROVED"::equals).hasSize(1);
        assertThat(states).filteredOn("PENDING"::equals).hasSize(REQUESTS - 1);
        int winner = states.indexOf("APPROVED");
        boolean swapWon = winner % 2 == 1;

        // the shift is held by exactly one member, changed once; nothing lost, nothing booked twice
        Map<Long, RotaFixture.Shift> after = ChangeRequestLifecycleTest.byId(rota.shifts());
        assertThat(after.get(contested.id()).memberId()).isEqualTo(team.otherMemberId);
        assertThat(after.get(contested.id()).sequence()).isEqualTo(contested.sequence() + 1);
        assertThat(after.get(bens.id()).memberId()).isEqualTo(swapWon ? team.memberId : team.otherMemberId);
        assertThat(after.get(bens.id()).sequence()).isEqualTo(bens.sequence() + (swapWon ? 1 : 0));

        // the audit shows each decision: one applied, forty-nine refused
        List<String> actions = as(team.director)
                .get("/api/audit?teamId=" + team.teamId + "&size=200")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.action", String.class);
        assertThat(actions).filteredOn("change-request.approve"::equals).hasSize(1);
        assertThat(actions).filteredOn("change-request.approve.refused"::equals).hasSize(REQUESTS - 1);
        assertThat(actions).filteredOn("shift.reassign"::equals).hasSize(swapWon ? 2 : 1);
        List<String> refusals = as(team.director)
                .get("/api/audit?teamId=" + team.teamId + "&size=200")
                .then()
                .extract()
                .jsonPath()
                .getList("items.findAll { it.action == 'change-request.approve.refused' }" + ".reason", String.class);
        // approvals of one team run one after the other, so each loser finds the shift changed by the winner
        assertThat(refusals)
                .hasSize(REQUESTS - 1)
                .allSatisfy(reason -> assertThat(reason)
                        .matches(
                                "a shift of change request \\d+ was changed since the request was made \\(another change was "
                                        + "approved or the rota was re-planned\\); nothing was applied"));
    }
}
