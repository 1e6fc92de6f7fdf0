package org.standby.rota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;
import static org.standby.support.Api.as;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.standby.policy.PlannedShift;
import org.standby.rota.engine.MemberId;
import org.standby.rota.engine.RotaEngine;
import org.standby.rota.engine.RotaProblem;
import org.standby.rota.engine.RotaResult;
import org.standby.support.RotaFixture;
import org.standby.support.TeamFixture;

/**
 * Issue 17: the engine searches with no transaction open and no connection held. While a draft is being planned
 * (the search held at a latch), a write to the same team goes through at once; the write-back then sees that the
 * team changed and plans once more on the new data, and after a second change answers 409 with nothing stored.
 */
@QuarkusTest
class PlanningOutsideTransactionTest {

    private static final LocalDate FROM = LocalDate.parse("2027-09-06");
    private static final LocalDate TO = LocalDate.parse("2027-09-26");
    private static final LocalDate LEAVE_FROM = LocalDate.parse("2027-09-13");
    private static final LocalDate LEAVE_TO = LocalDate.parse("2027-09-19");

    @Inject
    RotaEngine engine;

    @Inject
    TransactionManager transactions;

    @Inject
    AgroalDataSource dataSource;

    private HeldSolver solver;

    /** The real engine, held after each search until the test lets it go; records what it saw. */
    static final class HeldSolver extends RotaSolver {

        final RotaEngine real;
        final TransactionManager transactions;
        /** How many of the next searches are held (the others, e.g. leave impact previews, run through). */
        final AtomicInteger holds = new AtomicInteger();

        final Semaphore searched = new Semaphore(0);
        final Semaphore release = new Semaphore(0);
        final List<Integer> transactionStatus = new CopyOnWriteArrayList<>();
        final List<RotaProblem> problems = new CopyOnWriteArrayList<>();
        final List<RotaResult> results = new CopyOnWriteArrayList<>();

        HeldSolver(RotaEngine real, TransactionManager transactions) {
            this.real = real;
            this.transactions = transactions;
        }

        @Override
        public RotaResult solve(RotaProblem problem) {
            try {
                transactionStatus.add(transactions.getStatus());
                RotaResult result = real.solve(problem);
                problems.add(problem);
                results.add(result);
                if (holds.getAndDecrement() <= 0) {
                    return result;
                }
                searched.release();
                if (!release.tryAcquire(60, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the test never released the search");
                }
                return result;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (jakarta.transaction.SystemException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @BeforeEach
    void holdTheEngine() {
        solver = new HeldSolver(engine, transactions);
        QuarkusMock.installMockForType(solver, RotaSolver.class);
        // Agroal counts the connections in use only with its metrics on
        dataSource.getConfiguration().setMetricsEnabled(true);
    }

    @AfterEach
    void metricsOffAgain() {
        dataSource.getConfiguration().setMetricsEnabled(false);
    }

    @Test
    void leaveApprovedDuringTheSearchGoesThroughAtOnceAndTheDraftIsPlannedAgainWithIt() throws Exception {
        TeamFixture team = TeamFixture.create();
        RotaFixture.addMember(team, "Cleo");
        solver.holds.set(1);
        CompletableFuture<Response> create = CompletableFuture.supplyAsync(() -> as(team.director)
                .body(Map.of("name", "Autumn", "from", FROM.toString(), "to", TO.toString()))
                .post("/api/teams/" + team.teamId + "/rotas"));
        try {
            assertThat(solver.searched.tryAcquire(60, TimeUnit.SECONDS)).isTrue();
            assertThat(solver.transactionStatus).containsExactly(Status.STATUS_NO_TRANSACTION);
            assertNoConnectionHeld();

            // the week the first search gave the member shifts in: leave there changes the rota
            assertThat(shiftsOf(solver.problems.get(0), solver.results.get(0), team.memberId, LEAVE_FROM, LEAVE_TO))
                    .isNotEmpty();
            CompletableFuture<Response> leave = CompletableFuture.supplyAsync(() -> leave(team, LEAVE_FROM, LEAVE_TO));
            assertThat(leave.get(20, TimeUnit.SECONDS).statusCode())
                    .as("a write to the team while its rota is planned")
                    .isEqualTo(201);
            assertThat(create.isDone()).isFalse();
            // nothing of the draft is stored before the write-back
            as(team.director)
                    .get("/api/teams/" + team.teamId + "/rotas?page=0")
                    .then()
                    .statusCode(200)
                    .body("total", equalTo(0));
        } finally {
            solver.release.release(10);
        }

        Response created = create.get(120, TimeUnit.SECONDS);
        created.then()
                .statusCode(201)
                .body("planning.solves", equalTo(2))
                .body("planning.stoppedBy", oneOf("STEP_LIMIT", "MOVE_LIMIT"));
        assertThat(solver.transactionStatus).containsOnly(Status.STATUS_NO_TRANSACTION);
        long rotaId = created.jsonPath().getLong("id");
        List<RotaFixture.Shift> stored = RotaFixture.of(team, rotaId).shifts();
        assertThat(stored).isNotEmpty();
        assertThat(stored)
                .as("the stored draft was planned with the leave")
                .noneMatch(s -> Objects.equals(s.memberId(), team.memberId) && within(s, LEAVE_FROM, LEAVE_TO));
    }

    @Test
    void aTeamThatChangesDuringBothSearchesIsAnswered409AndNothingIsStored() throws Exception {
        TeamFixture team = TeamFixture.create();
        solver.holds.set(2);
        CompletableFuture<Response> create = CompletableFuture.supplyAsync(() -> as(team.director)
                .body(Map.of("name", "Autumn", "from", FROM.toString(), "to", TO.toString()))
                .post("/api/teams/" + team.teamId + "/rotas"));
        try {
            for (int search = 0; search < 2; search++) {
                assertThat(solver.searched.tryAcquire(60, TimeUnit.SECONDS)).isTrue();
                LocalDate day = FROM.plusDays(7L * search + 2);
                assertThat(leave(team, day, day).statusCode()).isEqualTo(201);
                solver.release.release();
            }
        } finally {
            solver.release.release(10);
        }
        create.get(120, TimeUnit.SECONDS)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("status", equalTo(409))
                .body("detail", org.hamcrest.Matchers.containsString("changed while the rota was being planned"));
        assertThat(solver.problems).hasSize(2);
        as(team.director)
                .get("/api/teams/" + team.teamId + "/rotas?page=0")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void generatingAndRegeneratingSayHowTheSearchEnded() {
        TeamFixture team = TeamFixture.create();
        Response created = as(team.director)
                .body(Map.of("name", "Autumn", "from", FROM.toString(), "to", TO.toString()))
                .post("/api/teams/" + team.teamId + "/rotas");
        created.then()
                .statusCode(201)
                .body("planning.stoppedBy", oneOf("STEP_LIMIT", "MOVE_LIMIT"))
                .body("planning.solves", equalTo(1));
        long millis = created.jsonPath().getLong("planning.solveMillis");
        assertThat(millis).isEqualTo(solver.results.get(0).solveTime().toMillis());
        long rotaId = created.jsonPath().getLong("id");
        // a plain read does not carry it
        as(team.director).get("/api/rotas/" + rotaId).then().statusCode(200).body("$", not(hasKey("planning")));

        as(team.director)
                .post("/api/rotas/" + rotaId + "/regenerate")
                .then()
                .statusCode(200)
                .body("planning.stoppedBy", oneOf("STEP_LIMIT", "MOVE_LIMIT"))
                .body("planning.solves", equalTo(1))
                .body("planning.solveMillis", equalTo((int)
                        solver.results.get(1).solveTime().toMillis()));
        assertThat(solver.transactionStatus).containsOnly(Status.STATUS_NO_TRANSACTION);
    }

    @Test
    void aReplanAppliedWhileLeaveIsApprovedPlansAgainWithTheLeave() throws Exception {
        TeamFixture team = TeamFixture.create();
        long cleo = RotaFixture.addMember(team, "Cleo");
        RotaFixture rota = RotaFixture.published(team, FROM.toString(), TO.toString());
        LocalDate sickFrom = LEAVE_FROM;
        LocalDate sickTo = LEAVE_TO;
        // approved leave answers its impact: a re-plan preview, searched (not held) like any other
        assertThat(leave(team, sickFrom, sickTo).statusCode()).isEqualTo(201);
        int before = solver.problems.size();
        solver.holds.set(1);
        CompletableFuture<Response> replan = CompletableFuture.supplyAsync(() -> as(team.director)
                .body(Map.of("from", FROM.toString(), "reason", "Ana is ill"))
                .post("/api/rotas/" + rota.rotaId + "/replan"));
        LocalDate cleoFrom = LocalDate.parse("2027-09-15");
        try {
            assertThat(solver.searched.tryAcquire(60, TimeUnit.SECONDS)).isTrue();
            assertThat(solver.transactionStatus.get(solver.transactionStatus.size() - 1))
                    .isEqualTo(Status.STATUS_NO_TRANSACTION);
            CompletableFuture<Response> leave = CompletableFuture.supplyAsync(() -> as(team.director)
                    .body(Map.of(
                            "memberId",
                            cleo,
                            "start",
                            cleoFrom.toString(),
                            "end",
                            sickTo.toString(),
                            "kind",
                            "VACATION"))
                    .post("/api/teams/" + team.teamId + "/absences"));
            assertThat(leave.get(20, TimeUnit.SECONDS).statusCode()).isEqualTo(201);
        } finally {
            solver.release.release(10);
        }
        replan.get(120, TimeUnit.SECONDS).then().statusCode(200);
        // the held search gave Cleo shifts in her leave: applying it unchecked would have put her on call there
        assertThat(shiftsOf(solver.problems.get(before), solver.results.get(before), cleo, cleoFrom, sickTo))
                .isNotEmpty();
        RotaProblem last = solver.problems.get(solver.problems.size() - 1);
        assertThat(last.members()).as("the last search knew Cleo's leave").anySatisfy(m -> {
            assertThat(m.id()).isEqualTo(MemberId.of(cleo));
            assertThat(m.unavailable()).isNotEmpty();
        });
        assertThat(rota.shifts())
                .as("the applied re-plan keeps both leaves")
                .noneMatch(s -> (Objects.equals(s.memberId(), team.memberId) && within(s, sickFrom, sickTo))
                        || (Objects.equals(s.memberId(), cleo) && within(s, cleoFrom, sickTo)));
    }

    private static boolean within(RotaFixture.Shift shift, LocalDate from, LocalDate to) {
        LocalDate date = LocalDate.parse(shift.date());
        return !date.isBefore(from) && !date.isAfter(to);
    }

    /** Approved leave entered by the director. */
    private static Response leave(TeamFixture team, LocalDate from, LocalDate to) {
        return as(team.director)
                .body(Map.of(
                        "memberId", team.memberId, "start", from.toString(), "end", to.toString(), "kind", "VACATION"))
                .post("/api/teams/" + team.teamId + "/absences");
    }

    /** The keys of the shifts dated in the range that the result gave the member. */
    private static List<String> shiftsOf(
            RotaProblem problem, RotaResult result, long memberId, LocalDate from, LocalDate to) {
        return problem.shifts().stream()
                .filter(s -> !s.date().isBefore(from) && !s.date().isAfter(to))
                .map(PlannedShift::key)
                .filter(key -> MemberId.of(memberId).equals(result.assignments().get(key)))
                .toList();
    }

    /**
     * While the search is held and no other request runs, the pool has no connection in use at least once (the
     * scheduler may borrow one now and then); a transaction around the search would keep one busy throughout.
     */
    private void assertNoConnectionHeld() throws InterruptedException {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 20 && least > 0; i++) {
            least = Math.min(least, dataSource.getMetrics().activeCount());
            Thread.sleep(50);
        }
        assertThat(least).as("connections in use while the engine searches").isZero();
    }
}
