package org.standby.rota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.standby.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.standby.support.Parallel;
import org.standby.support.RotaFixture;
import org.standby.support.TeamFixture;

/**
 * Issue 22: ten overlapping drafts published at once, in several rounds. The database keeps one published rota per
 * team and day, so exactly one goes live each round and the others are refused with 409 problem+json.
 */
@QuarkusTest
class ParallelPublishTest {

    private static final int DRAFTS = 10;
    private static final int ROUNDS = 4;

    @Test
    void ofTenOverlappingDraftsPublishedAtOnceExactlyOneGoesLive() throws Exception {
        TeamFixture team = TeamFixture.create();
        for (int round = 0; round < ROUNDS; round++) {
            LocalDate monday = LocalDate.of(2027, 3, 1).plusWeeks(2L * round);
            List<Long> drafts = new ArrayList<>();
            for (int i = 0; i < DRAFTS; i++) {
                // each draft covers the week, some a day longer on either side: all overlap each other
                LocalDate from = monday.minusDays(i % 3 == 1 ? 1 : 0);
                LocalDate to = monday.plusDays(6 + (i % 3 == 2 ? 1 : 0));
                drafts.add(RotaFixture.draft(team, from.toString(), to.toString()).rotaId);
            }
            List<Parallel.Call> calls = drafts.stream()
                    .map(id -> new Parallel.Call("POST", "/api/rotas/" + id + "/publish", null))
                    .toList();
            List<Parallel.Answer> answers = Parallel.send(team.director, calls);

            Map<Integer, Long> statuses =
                    answers.stream().collect(Collectors.groupingBy(Parallel.Answer::status, Collectors.counting()));
            assertThat(statuses)
                    .as("round %d", round)
                    .containsExactlyInAnyOrderEntriesOf(Map.of(200, 1L, 409, (long) DRAFTS - 1));
            assertThat(answers).filteredOn(a -> a.status() == 409).allSatisfy(a -> {
                assertThat(a.response().headers().firstValue("Content-Type")).hasValue("application/problem+json");
                assertThat(a.body()).contains("\"status\":409").contains("overlaps");
            });
            List<String> live = drafts.stream()
                    .map(id -> as(team.director)
                            .get("/api/rotas/" + id)
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath()
                            .getString("status"))
                    .toList();
            assertThat(live)
                    .as("round %d", round)
                    .filteredOn("PUBLISHED"::equals)
                    .hasSize(1);
            Map<String, Long> byStatus =
                    live.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            assertThat(byStatus.get("DRAFT")).isEqualTo(DRAFTS - 1L);
        }
    }

    @Test
    void anArchivedRotasDaysCanBePublishedAgainAndNeighboursDoNotClash() {
        TeamFixture team = TeamFixture.create();
        RotaFixture first = RotaFixture.published(team, "2027-05-03", "2027-05-09");
        RotaFixture next = RotaFixture.draft(team, "2027-05-10", "2027-05-16");
        as(team.director).post("/api/rotas/" + next.rotaId + "/publish").then().statusCode(200);
        RotaFixture again = RotaFixture.draft(team, "2027-05-03", "2027-05-09");
        as(team.director).post("/api/rotas/" + again.rotaId + "/publish").then().statusCode(409);
        as(team.director).post("/api/rotas/" + first.rotaId + "/archive").then().statusCode(200);
        as(team.director).post("/api/rotas/" + again.rotaId + "/publish").then().statusCode(200);
    }
}
