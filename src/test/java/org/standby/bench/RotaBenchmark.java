package org.standby.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.standby.calendar.DayType;
import org.standby.policy.PlannedShift;
import org.standby.policy.rules.LoadLimits;
import org.standby.rota.engine.EngineMember;
import org.standby.rota.engine.EngineSettings;
import org.standby.rota.engine.MemberFairness;
import org.standby.rota.engine.MemberId;
import org.standby.rota.engine.RotaEngine;
import org.standby.rota.engine.RotaProblem;
import org.standby.rota.engine.RotaResult;
import org.standby.rota.engine.support.HesseSchoolYear;
import org.standby.time.TimeRange;

/**
 * Benchmark of the rota engine on the Hesse school year 2026/27 (default policy, teams of 4, 6 and 12, one half-time
 * member, three weeks' staggered summer leave each), next to a plain round-robin on the same input.
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.standby.bench.RotaBenchmark
 * </pre>
 * Prints a Markdown table. Options: {@code -v} (fairness per member and explanations), {@code --steps=N},
 * {@code --unimproved=N}, {@code --moves=N} (override {@link EngineSettings#defaults()}).
 */
public final class RotaBenchmark {

    private static final int RUNS = 3;
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private RotaBenchmark() {}

    public static void main(String[] args) {
        EngineSettings settings = EngineSettings.defaults();
        boolean verbose = false;
        boolean thresholds = true;
        for (String arg : args) {
            if (arg.equals("-v")) {
                verbose = true;
            } else if (arg.equals("--no-thresholds")) {
                thresholds = false; // the problem as before the team load thresholds (issue 20) existed
            } else if (arg.startsWith("--steps=")) {
                settings = new EngineSettings(
                        settings.randomSeed(),
                        Integer.parseInt(arg.substring(8)),
                        settings.unimprovedStepLimit(),
                        settings.moveLimit(),
                        settings.safetyCap());
            } else if (arg.startsWith("--unimproved=")) {
                settings = new EngineSettings(
                        settings.randomSeed(),
                        settings.stepLimit(),
                        Integer.parseInt(arg.substring(13)),
                        settings.moveLimit(),
                        settings.safetyCap());
            } else if (arg.startsWith("--moves=")) {
                settings = new EngineSettings(
                        settings.randomSeed(),
                        settings.stepLimit(),
                        settings.unimprovedStepLimit(),
                        Long.parseLong(arg.substring(8)),
                        settings.safetyCap());
            }
        }
        System.out.println("Settings: " + settings + (thresholds ? "" : ", no team load thresholds"));
        RotaEngine engine = new RotaEngine(settings);
        System.out.println("| Team | Method | Wall time (first / median of " + RUNS + ") | CPU time (first / median)"
                + " | Gaps | Max deviation"
                + " | Weekend spread | Holiday spread | Summer spread | Rest breaches | Score | Moves evaluated |");
        System.out.println("(spread = max - min count among full-timers equally available for that day type / among"
                + " all full-timers)");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (int size : new int[] {4, 6, 12}) {
            RotaProblem problem = HesseSchoolYear.problem(size);
            if (!thresholds) {
                problem = new RotaProblem(
                        problem.zone(),
                        problem.shifts(),
                        problem.members(),
                        problem.rules(),
                        problem.pinned(),
                        problem.previous(),
                        LoadLimits.NOT_LIMITING);
            }
            List<RotaResult> runs = new ArrayList<>();
            List<Long> cpu = new ArrayList<>();
            for (int run = 0; run < RUNS; run++) {
                long cpuBefore = THREADS.getCurrentThreadCpuTime();
                runs.add(engine.solve(problem));
                cpu.add((THREADS.getCurrentThreadCpuTime() - cpuBefore) / 1_000_000);
            }
            RotaResult result = runs.get(0);
            boolean deterministic = runs.stream().allMatch(r -> r.assignments().equals(result.assignments()));
            List<Long> times =
                    runs.stream().map(r -> r.solveTime().toMillis()).sorted().toList();
            Map<MemberId, Double> fairShare = new HashMap<>();
            result.fairness().forEach(f -> fairShare.put(f.memberId(), f.fairShare()));
            Map<MemberId, Map<DayType, Double>> fairCounts = new HashMap<>();
            result.fairness().forEach(f -> fairCounts.put(f.memberId(), f.fairCounts()));
            Stats engineStats = Stats.of(problem, result.assignments(), fairShare, fairCounts);
            List<Long> sortedCpu = cpu.stream().sorted().toList();
            System.out.printf(
                    Locale.ROOT,
                    "| %d | engine%s | %d ms / %d ms | %d ms / %d ms | %d | %.2f | %s | %s | %s | %d | %s | %d |%n",
                    size,
                    deterministic ? "" : " (NOT deterministic)",
                    result.solveTime().toMillis(),
                    times.get(times.size() / 2),
                    cpu.get(0),
                    sortedCpu.get(sortedCpu.size() / 2),
                    result.gaps().size(),
                    result.maxDeviation(),
                    engineStats.spread(DayType.WEEKEND),
                    engineStats.spread(DayType.PUBLIC_HOLIDAY),
                    engineStats.spread(DayType.SUMMER),
                    engineStats.restBreaches,
                    result.score(),
                    result.movesEvaluated());
            long started = System.nanoTime();
            Map<String, MemberId> roundRobin = roundRobin(problem);
            Duration rrTime = Duration.ofNanos(System.nanoTime() - started);
            Stats rr = Stats.of(problem, roundRobin, fairShare, fairCounts);
            System.out.printf(
                    Locale.ROOT,
                    "| %d | round-robin | %d ms | | %d | %.2f | %s | %s | %s | %d | | |%n",
                    size,
                    rrTime.toMillis(),
                    problem.shifts().size() - roundRobin.size(),
                    rr.maxDeviation,
                    rr.spread(DayType.WEEKEND),
                    rr.spread(DayType.PUBLIC_HOLIDAY),
                    rr.spread(DayType.SUMMER),
                    rr.restBreaches);
            if (verbose) {
                for (MemberFairness f : result.fairness()) {
                    System.out.println("    " + f);
                }
                result.explanations().forEach(e -> System.out.println("    > " + e));
            }
        }
    }

    private static int range(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).max().orElse(0)
                - values.stream().mapToInt(Integer::intValue).min().orElse(0);
    }

    /** Each shift to the next member in turn who is active and not on leave; rules are ignored. */
    static Map<String, MemberId> roundRobin(RotaProblem problem) {
        List<EngineMember> members = problem.members();
        Map<String, MemberId> result = new HashMap<>();
        int next = 0;
        for (PlannedShift shift : problem.shifts()) {
            for (int tries = 0; tries < members.size(); tries++) {
                EngineMember member = members.get((next + tries) % members.size());
                if (member.isActiveOn(shift.date())
                        && member.unavailable().stream().noneMatch(r -> r.overlaps(shift.start(), shift.end()))) {
                    result.put(shift.key(), member.id());
                    next = (next + tries + 1) % members.size();
                    break;
                }
            }
        }
        return result;
    }

    /** Spreads are max - min count among the full-time members. */
    record Stats(
            Map<MemberId, Map<DayType, Integer>> counts,
            List<MemberId> fullTimers,
            Map<MemberId, Map<DayType, Double>> fairCounts,
            double maxDeviation,
            int restBreaches) {

        static Stats of(
                RotaProblem problem,
                Map<String, MemberId> assignments,
                Map<MemberId, Double> fairShare,
                Map<MemberId, Map<DayType, Double>> fairCounts) {
            Map<MemberId, Map<DayType, Integer>> counts = new HashMap<>();
            Map<MemberId, Double> load = new HashMap<>();
            Map<MemberId, List<PlannedShift>> byMember = new HashMap<>();
            for (PlannedShift shift : problem.shifts()) {
                MemberId member = assignments.get(shift.key());
                if (member != null) {
                    counts.computeIfAbsent(member, m -> new HashMap<>()).merge(shift.dayType(), 1, Integer::sum);
                    load.merge(member, shift.weight(), Double::sum);
                    byMember.computeIfAbsent(member, m -> new ArrayList<>()).add(shift);
                }
            }
            double max = 0;
            for (EngineMember member : problem.members()) {
                max = Math.max(max, Math.abs(load.getOrDefault(member.id(), 0.0) - fairShare.get(member.id())));
            }
            long rest = problem.rules().minRestHours() * 3600L;
            int breaches = 0;
            for (List<PlannedShift> shifts : byMember.values()) {
                for (int i = 1; i < shifts.size(); i++) {
                    if (Duration.between(shifts.get(i - 1).end(), shifts.get(i).start())
                                    .toSeconds()
                            < rest) {
                        breaches++;
                    }
                }
            }
            List<MemberId> fullTimers = problem.members().stream()
                    .filter(m -> m.fte() >= 1.0)
                    .map(EngineMember::id)
                    .toList();
            return new Stats(counts, fullTimers, fairCounts, max, breaches);
        }

        /**
         * Largest difference in the day type's count between two full-timers equally available for it (same fair
         * count), as "spread among equally available / spread among all full-timers".
         */
        String spread(DayType dayType) {
            Map<Double, List<Integer>> groups = new HashMap<>();
            for (MemberId id : fullTimers) {
                groups.computeIfAbsent(fairCounts.get(id).get(dayType), k -> new ArrayList<>())
                        .add(counts.getOrDefault(id, Map.of()).getOrDefault(dayType, 0));
            }
            int equal = groups.values().stream()
                    .mapToInt(RotaBenchmark::range)
                    .max()
                    .orElse(0);
            int all = range(fullTimers.stream()
                    .map(id -> counts.getOrDefault(id, Map.of()).getOrDefault(dayType, 0))
                    .toList());
            return equal + " / " + all;
        }
    }

    static {
        // keep the benchmark quiet: the solver logs every phase at INFO
        java.util.logging.Logger.getLogger("ai.timefold").setLevel(java.util.logging.Level.WARNING);
        TimeRange.class.getName();
    }
}
