package org.standby.rota.engine;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countTri;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.common.SequenceChain;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;
import ai.timefold.solver.core.impl.solver.DefaultSolverFactory;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.standby.policy.PlannedShift;
import org.standby.policy.rules.LoadLimits;
import org.standby.policy.rules.RuleBook;
import org.standby.rota.engine.support.HesseSchoolYear;

/**
 * The cost of one move to the score calculation, for two constraint providers measured in turn in one JVM, so that
 * a busy machine slows both alike: a random walk of change moves (change, score, undo) over a school year.
 *
 * <p>Run: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.standby.rota.engine.ConstraintCostBenchmark}. Prints CPU nanoseconds per move, median of the
 * rounds, for {@link RotaConstraintProvider}, for {@link DayWindows} and {@link SequenceRuns}, which count
 * consecutive days and nights as the engine did before, and for {@link NoThresholds}, without the three team load
 * thresholds (what they cost per move). {@code -Dexec.args=--not-limiting} walks with the largest thresholds (31
 * nights in a row) instead of the defaults (3).
 */
public final class ConstraintCostBenchmark {

    private static final int MOVES = 60_000;
    private static final int ROUNDS = 5;

    /** The team's thresholds in the walk: the defaults, or with {@code --not-limiting} the largest there are. */
    private static LoadLimits thresholds = LoadLimits.defaults();

    public static void main(String[] args) {
        if (List.of(args).contains("--not-limiting")) {
            thresholds = LoadLimits.NOT_LIMITING;
        }
        List<Class<? extends ConstraintProvider>> providers =
                List.of(RotaConstraintProvider.class, DayWindows.class, SequenceRuns.class, NoThresholds.class);
        System.out.println("| Team | Provider | CPU ns per move (median of " + ROUNDS + ") | final score |");
        System.out.println("|---|---|---|---|");
        for (int size : new int[] {4, 6, 12}) {
            long[][] rounds = new long[providers.size()][ROUNDS];
            String[] scores = new String[providers.size()];
            for (int round = 0; round < ROUNDS; round++) {
                for (int p = 0; p < providers.size(); p++) {
                    Result result = walk(providers.get(p), size);
                    rounds[p][round] = result.nanosPerMove();
                    scores[p] = result.score();
                }
            }
            for (int p = 0; p < providers.size(); p++) {
                long[] sorted = rounds[p].clone();
                java.util.Arrays.sort(sorted);
                System.out.printf(
                        "| %d | %s | %d | %s |%n",
                        size, providers.get(p).getSimpleName(), sorted[ROUNDS / 2], scores[p]);
            }
        }
    }

    private record Result(long nanosPerMove, String score) {}

    private static Result walk(Class<? extends ConstraintProvider> provider, int size) {
        SolverConfig config = new SolverConfig()
                .withSolutionClass(RotaSolution.class)
                .withEntityClasses(ShiftSlot.class)
                .withConstraintProviderClass(provider)
                .withEnvironmentMode(EnvironmentMode.NO_ASSERT);
        DefaultSolverFactory<RotaSolution> factory =
                (DefaultSolverFactory<RotaSolution>) SolverFactory.<RotaSolution>create(config);
        RotaSolution solution = solution(size);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (InnerScoreDirector<RotaSolution, HardMediumSoftLongScore> director = (InnerScoreDirector<
                        RotaSolution, HardMediumSoftLongScore>)
                factory.<HardMediumSoftLongScore>getScoreDirectorFactory().buildScoreDirector()) {
            director.setWorkingSolution(solution);
            director.calculateScore();
            SplittableRandom random = new SplittableRandom(42);
            List<ShiftSlot> slots = solution.getSlots();
            List<RotaMember> members = solution.getMembers();
            long started = threads.getCurrentThreadCpuTime();
            for (int move = 0; move < MOVES; move++) {
                ShiftSlot slot = slots.get(random.nextInt(slots.size()));
                RotaMember before = slot.getMember();
                RotaMember after = members.get(random.nextInt(members.size()));
                change(director, slot, after);
                director.calculateScore();
                if (random.nextInt(10) != 0) { // most moves are not taken
                    change(director, slot, before);
                }
            }
            Object score = director.calculateScore();
            long nanos = threads.getCurrentThreadCpuTime() - started;
            return new Result(nanos / MOVES, String.valueOf(score));
        }
    }

    private static void change(
            InnerScoreDirector<RotaSolution, HardMediumSoftLongScore> director, ShiftSlot slot, RotaMember member) {
        director.beforeVariableChanged(slot, "member");
        slot.setMember(member);
        director.afterVariableChanged(slot, "member");
    }

    /** The Hesse school year, assigned in turn (member i gets every size-th shift), with the default thresholds. */
    private static RotaSolution solution(int size) {
        var problem = HesseSchoolYear.problem(size);
        RuleBook.Limits limits = RuleBook.Limits.of(
                problem.rules().minRestHours(),
                problem.rules().maxConsecutiveDays(),
                problem.rules().maxShiftsPerWeek());
        List<RotaMember> members = new ArrayList<>();
        for (EngineMember member : problem.members()) {
            RotaMember rotaMember =
                    new RotaMember(member.id(), member.name(), member.availability(), limits, 10_000, Map.of());
            rotaMember.setLoadLimits(thresholds, Map.of());
            members.add(rotaMember);
        }
        List<ShiftSlot> slots = new ArrayList<>();
        int i = 0;
        for (PlannedShift shift : problem.shifts()) {
            slots.add(new ShiftSlot(problem.zone(), shift, false, null, members.get(i++ % members.size())));
        }
        return new RotaSolution(members, slots);
    }

    /**
     * The provider as it counted consecutive days and nights from 2026-12-02 until {@link ExcessRuns}: each day (or
     * night) a member works spread into the {@code limit + 1} windows that hold it, counted per window.
     */
    public static class DayWindows extends RotaConstraintProvider {

        @Override
        Constraint maxConsecutiveDays(ConstraintFactory factory) {
            return factory.forEach(ShiftSlot.class)
                    .groupBy(ShiftSlot::getMember, ShiftSlot::getDateIndex)
                    .flatten((member, day) -> windowsEndingAt(day, member.getMaxConsecutiveDays()))
                    .groupBy((member, day, window) -> member, (member, day, window) -> window, countTri())
                    .filter((member, window, days) -> days > member.getMaxConsecutiveDays())
                    .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (member, window, days) -> 1L)
                    .asConstraint(org.standby.policy.rules.Rule.MAX_CONSECUTIVE_DAYS.constraintName());
        }

        @Override
        Constraint limitNightsInARow(ConstraintFactory factory) {
            return factory.forEach(ShiftSlot.class)
                    .filter(slot -> slot.isNight() && slot.getMember().getLoadLimits() != null)
                    .groupBy(ShiftSlot::getMember, ShiftSlot::getNightDay)
                    .flatten((member, night) ->
                            windowsEndingAt(night, member.getLoadLimits().maxNightsInARow()))
                    .groupBy((member, night, window) -> member, (member, night, window) -> window, countTri())
                    .filter((member, window, nights) ->
                            nights > member.getLoadLimits().maxNightsInARow())
                    .penalizeLong(
                            HardMediumSoftLongScore.ofSoft(NIGHTS_IN_A_ROW_PENALTY), (member, window, nights) -> 1L)
                    .asConstraint("limitNightsInARow");
        }

        /** The first days of the {@code limit + 1}-day windows that hold {@code day}. */
        private static List<Long> windowsEndingAt(long day, int limit) {
            List<Long> starts = new ArrayList<>(limit + 1);
            for (int i = 0; i <= limit; i++) {
                starts.add(day - limit + i);
            }
            return starts;
        }
    }

    /** The provider as it counted consecutive days and nights until 2026-12: consecutive sequences per member. */
    public static class SequenceRuns extends RotaConstraintProvider {

        @Override
        Constraint maxConsecutiveDays(ConstraintFactory factory) {
            return factory.forEach(ShiftSlot.class)
                    .groupBy(ShiftSlot::getMember, ConstraintCollectors.toConsecutiveSequences(slot ->
                            (int) slot.getDateIndex()))
                    .filter((member, runs) -> excess(runs, member.getMaxConsecutiveDays()) > 0)
                    .penalizeLong(
                            HardMediumSoftLongScore.ONE_HARD,
                            (member, runs) -> excess(runs, member.getMaxConsecutiveDays()))
                    .asConstraint(org.standby.policy.rules.Rule.MAX_CONSECUTIVE_DAYS.constraintName());
        }

        @Override
        Constraint limitNightsInARow(ConstraintFactory factory) {
            return factory.forEach(ShiftSlot.class)
                    .filter(slot -> slot.isNight() && slot.getMember().getLoadLimits() != null)
                    .groupBy(ShiftSlot::getMember, ConstraintCollectors.toConsecutiveSequences(slot ->
                            (int) slot.getNightDay()))
                    .filter((member, runs) ->
                            excess(runs, member.getLoadLimits().maxNightsInARow()) > 0)
                    .penalizeLong(
                            HardMediumSoftLongScore.ofSoft(NIGHTS_IN_A_ROW_PENALTY),
                            (member, runs) ->
                                    excess(runs, member.getLoadLimits().maxNightsInARow()))
                    .asConstraint("limitNightsInARow");
        }

        private static long excess(SequenceChain<ShiftSlot, Integer> runs, int limit) {
            long excess = 0;
            for (var run : runs.getConsecutiveSequences()) {
                excess += Math.max(0, run.getLength() - limit);
            }
            return excess;
        }
    }

    private static Constraint none(ConstraintFactory factory, String name) {
        return factory.forEach(ShiftSlot.class)
                .filter(slot -> false)
                .penalize(HardMediumSoftLongScore.ONE_SOFT)
                .asConstraint(name);
    }

    /** The provider without the team load thresholds (each replaced by a constraint that matches nothing). */
    public static class NoThresholds extends RotaConstraintProvider {
        @Override
        Constraint limitNightsInARow(ConstraintFactory f) {
            return none(f, "limitNightsInARow");
        }

        @Override
        Constraint stayWithinMonthlyHours(ConstraintFactory f) {
            return none(f, "stayWithinMonthlyHours");
        }

        @Override
        Constraint limitWeekendsPerMonth(ConstraintFactory f) {
            return none(f, "limitWeekendsPerMonth");
        }
    }
}
