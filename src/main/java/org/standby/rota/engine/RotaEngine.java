package org.standby.rota.engine;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import ai.timefold.solver.core.impl.solver.DefaultSolver;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.standby.calendar.DayType;
import org.standby.policy.CoverageRules;
import org.standby.policy.PlannedShift;
import org.standby.policy.rules.Rule;
import org.standby.policy.rules.RuleBook;
import org.standby.time.Rounding;

/**
 * The fair rota engine: turns a {@link RotaProblem} into a {@link RotaResult}. Pure: no database, no framework, no
 * clock; the same problem always gives the same rota.
 *
 * <p>How it works:
 * <ol>
 * <li>Fair shares are computed for every member ({@link MemberFairness#fairShare()}).</li>
 * <li>A fair first rota is built greedily, shift by shift in time order: the shift goes to the member furthest behind
 * their fair share at that point of the range (paced by their own availability), among those the hard rules
 * allow. When re-planning, a shift stays with its previous member whenever the rules allow.</li>
 * <li>Timefold local search improves it (load, weekend/holiday/summer counts, no back-to-back weekends, few
 * changes), stopping on step counts so the result does not depend on machine speed.</li>
 * <li>The rules are checked once more exactly: any shift whose member would break one is freed, and every free shift
 * somebody can still take is filled. What stays free is reported as a {@link Gap} with its reason.</li>
 * </ol>
 *
 * <p>Instances are thread-safe and meant to be reused (building the solver factory takes some time).
 */
public final class RotaEngine {

    private static final Comparator<ShiftSlot> BY_START =
            Comparator.comparingLong(ShiftSlot::getStartSecond).thenComparing(ShiftSlot::getKey);

    /** Move budget per free slot (bounded by {@link EngineSettings#moveLimit()}). */
    private static final long MOVES_PER_SLOT = 160;

    private final EngineSettings settings;
    private final SolverFactory<RotaSolution> solverFactory;
    private final SolutionManager<RotaSolution, HardMediumSoftLongScore> solutionManager;

    /** An engine with {@link EngineSettings#defaults()}. */
    public RotaEngine() {
        this(EngineSettings.defaults());
    }

    /** An engine with the given search settings. */
    public RotaEngine(EngineSettings settings) {
        this.settings = settings;
        SolverConfig config = new SolverConfig()
                .withSolutionClass(RotaSolution.class)
                .withEntityClasses(ShiftSlot.class)
                .withConstraintProviderClass(RotaConstraintProvider.class)
                .withEnvironmentMode(EnvironmentMode.NO_ASSERT)
                .withRandomSeed(settings.randomSeed())
                .withTerminationConfig(new TerminationConfig()
                        .withMoveCountLimit(settings.moveLimit())
                        .withSpentLimit(settings.safetyCap()))
                .withPhases(new LocalSearchPhaseConfig()
                        .withTerminationConfig(new TerminationConfig()
                                .withStepCountLimit(settings.stepLimit())
                                .withUnimprovedStepCountLimit(settings.unimprovedStepLimit())));
        this.solverFactory = SolverFactory.create(config);
        this.solutionManager = SolutionManager.create(solverFactory);
    }

    /**
     * Plans the rota.
     *
     * @param problem the shifts, team, rules, pinned and previous assignments
     * @return assignments, gaps with reasons, fairness per member and explanations
     * @throws IllegalArgumentException if shift keys or member ids repeat, or a pinned or previous assignment names an
     *                                  unknown shift or member
     */
    public RotaResult solve(RotaProblem problem) {
        long started = System.nanoTime();
        List<EngineMember> members = new ArrayList<>(problem.members());
        members.sort(Comparator.comparing(EngineMember::id));
        List<ShiftSlot> slots = slotsOf(problem);
        List<RestGroup> restGroups =
                problem.restGroups().stream().map(RestGroup::new).toList();
        if (!restGroups.isEmpty()) {
            for (ShiftSlot slot : slots) {
                slot.setRestWindows(RestGroup.windowsOf(restGroups, slot.getStartSecond(), slot.getEndSecond()));
            }
        }
        FairShares shares = new FairShares(members, slots);
        List<RotaMember> rotaMembers = rotaMembersOf(members, problem.rules(), shares);
        Map<String, RotaMember> byId = new HashMap<>();
        for (RotaMember member : rotaMembers) {
            if (byId.put(member.getId(), member) != null) {
                throw new IllegalArgumentException("member id repeats: " + member.getId());
            }
        }
        checkReferences(problem, slots, byId);
        LoadCapacity.apply(problem.loadLimits(), members, byId, slots);
        for (ShiftSlot slot : slots) {
            if (slot.isPinned()) {
                slot.setMember(byId.get(problem.pinned().get(slot.getKey())));
            }
        }

        construct(rotaMembers, slots, shares, byId);
        RotaSolution solution = new RotaSolution(rotaMembers, slots);
        boolean anythingToSearch = !rotaMembers.isEmpty() && slots.stream().anyMatch(slot -> !slot.isPinned());
        SearchEnd searchEnd = SearchEnd.NOTHING_TO_SEARCH;
        if (anythingToSearch) {
            // Small problems need fewer moves; the limit scales with the free slots, capped by the settings.
            long free = slots.stream().filter(slot -> !slot.isPinned()).count();
            long moveLimit = Math.min(settings.moveLimit(), Math.max(2_000, free * MOVES_PER_SLOT));
            Solver<RotaSolution> solver = solverFactory.buildSolver(new SolverConfigOverride<RotaSolution>()
                    .withTerminationConfig(new TerminationConfig()
                            .withMoveCountLimit(moveLimit)
                            .withSpentLimit(settings.safetyCap())));
            long searchStarted = System.nanoTime();
            solution = solver.solve(solution);
            long searchMillis = (System.nanoTime() - searchStarted) / 1_000_000;
            long moves = solver instanceof DefaultSolver<RotaSolution> run ? run.getMoveEvaluationCount() : 0;
            searchEnd = SearchEnd.of(searchMillis, moves, moveLimit, settings.safetyCap());
        }
        List<ShiftSlot> finalSlots = new ArrayList<>(solution.getSlots());
        finalSlots.sort(BY_START);
        Schedules schedules = enforceRules(rotaMembers, finalSlots);
        fillGaps(rotaMembers, finalSlots, shares, schedules);
        HardMediumSoftLongScore score = solutionManager.update(solution);

        Map<String, String> assignments = new LinkedHashMap<>();
        List<Gap> gaps = new ArrayList<>();
        for (ShiftSlot slot : finalSlots) {
            if (slot.getMember() != null) {
                assignments.put(slot.getKey(), slot.getMember().getId());
            } else {
                gaps.add(gapOf(slot, rotaMembers, schedules));
            }
        }
        List<MemberFairness> fairness = fairnessOf(members, rotaMembers, finalSlots, shares);
        double maxDeviation = fairness.stream()
                .mapToDouble(f -> Math.abs(f.deviation()))
                .max()
                .orElse(0);
        List<String> explanations =
                new ArrayList<>(LoadCapacity.statements(problem.loadLimits(), members, byId, finalSlots));
        explanations.addAll(Explanations.explain(members, rotaMembers, finalSlots, shares, fairness));
        return new RotaResult(
                Collections.unmodifiableMap(assignments),
                List.copyOf(gaps),
                fairness,
                Rounding.weight(maxDeviation),
                List.copyOf(explanations),
                Duration.ofNanos(System.nanoTime() - started),
                score.toString(),
                searchEnd);
    }

    private static List<ShiftSlot> slotsOf(RotaProblem problem) {
        List<ShiftSlot> slots = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (PlannedShift shift : problem.shifts()) {
            if (!keys.add(shift.key())) {
                throw new IllegalArgumentException("shift key repeats: " + shift.key());
            }
            slots.add(new ShiftSlot(
                    problem.zone(),
                    shift,
                    problem.pinned().containsKey(shift.key()),
                    problem.previous().get(shift.key()),
                    null));
        }
        slots.sort(BY_START);
        return slots;
    }

    private static void checkReferences(RotaProblem problem, List<ShiftSlot> slots, Map<String, RotaMember> byId) {
        Set<String> keys = new HashSet<>();
        slots.forEach(slot -> keys.add(slot.getKey()));
        for (Map<String, String> map : List.of(problem.pinned(), problem.previous())) {
            for (Map.Entry<String, String> entry : map.entrySet()) {
                if (!keys.contains(entry.getKey())) {
                    throw new IllegalArgumentException("unknown shift key: " + entry.getKey());
                }
                if (map == problem.pinned() && !byId.containsKey(entry.getValue())) {
                    throw new IllegalArgumentException("unknown member id: " + entry.getValue());
                }
            }
        }
    }

    private static List<RotaMember> rotaMembersOf(List<EngineMember> members, CoverageRules rules, FairShares shares) {
        List<RotaMember> result = new ArrayList<>();
        RuleBook.Limits limits =
                RuleBook.Limits.of(rules.minRestHours(), rules.maxConsecutiveDays(), rules.maxShiftsPerWeek());
        for (int i = 0; i < members.size(); i++) {
            EngineMember member = members.get(i);
            Map<DayType, Long> targetCounts = new EnumMap<>(DayType.class);
            for (DayType dayType : FairShares.BALANCED_DAY_TYPES) {
                targetCounts.put(dayType, Math.round(shares.targetCount[i][dayType.ordinal()] * ShiftSlot.SCALE));
            }
            result.add(new RotaMember(
                    member.id(),
                    member.name(),
                    member.availability(),
                    limits,
                    Math.round(shares.targetLoad[i] * ShiftSlot.SCALE),
                    targetCounts));
        }
        return result;
    }

    /**
     * The fair first rota: in time order, each free shift goes to the member most behind their paced fair share
     * (overall load, plus the day type's count for weekend, holiday and summer shifts), among those the rules allow.
     */
    private static void construct(
            List<RotaMember> members, List<ShiftSlot> slots, FairShares shares, Map<String, RotaMember> byId) {
        int m = members.size();
        int types = DayType.values().length;
        Map<RotaMember, Integer> index = new HashMap<>();
        for (int i = 0; i < m; i++) {
            index.put(members.get(i), i);
        }
        Schedules schedules = new Schedules(members, slots);
        double[] load = new double[m];
        double[][] counts = new double[m][types];
        long[] lastWeekendWeek = new long[m];
        java.util.Arrays.fill(lastWeekendWeek, Long.MIN_VALUE / 2);
        for (ShiftSlot slot : slots) {
            if (slot.isPinned()) {
                int i = index.get(slot.getMember());
                schedules.add(slot.getMember(), slot);
                load[i] += slot.getShift().weight();
                counts[i][slot.getDayType().ordinal()]++;
            }
        }
        double[] availableSoFar = new double[m];
        double[][] countSoFar = new double[m][types];
        for (int s = 0; s < slots.size(); s++) {
            ShiftSlot slot = slots.get(s);
            int type = slot.getDayType().ordinal();
            double weight = slot.getShift().weight();
            for (int i = 0; i < m; i++) {
                if (shares.available[i][s]) {
                    availableSoFar[i] += weight;
                    countSoFar[i][type]++;
                }
            }
            if (slot.isPinned()) {
                continue;
            }
            RotaMember chosen = null;
            RotaMember previous = slot.getPreviousMemberId() == null ? null : byId.get(slot.getPreviousMemberId());
            if (previous != null && schedules.blocker(previous, slot) == null) {
                chosen = previous;
            } else {
                boolean balanced = FairShares.BALANCED_DAY_TYPES.contains(slot.getDayType());
                double best = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < m; i++) {
                    if (!shares.available[i][s] || schedules.blocker(members.get(i), slot) != null) {
                        continue;
                    }
                    double expected = shares.targetLoad[i] * availableSoFar[i] / shares.availableWeight[i];
                    double key = expected - load[i];
                    if (balanced) {
                        double expectedCount =
                                shares.targetCount[i][type] * countSoFar[i][type] / shares.availableCount[i][type];
                        key += weight * (expectedCount - counts[i][type]);
                    }
                    if (slot.getDayType() == DayType.WEEKEND && lastWeekendWeek[i] == slot.getWeekIndex() - 1) {
                        key -= weight / 2;
                    }
                    if (key > best) {
                        best = key;
                        chosen = members.get(i);
                    }
                }
            }
            if (chosen == null) {
                ShiftSlot moved = repair(slot, members, schedules);
                if (moved != null) {
                    int from = index.get(slot.getMember());
                    int to = index.get(moved.getMember());
                    load[from] -= moved.getShift().weight();
                    counts[from][moved.getDayType().ordinal()]--;
                    load[to] += moved.getShift().weight();
                    counts[to][moved.getDayType().ordinal()]++;
                    chosen = slot.getMember();
                    schedules.remove(chosen, slot); // added back below
                }
            }
            slot.setMember(chosen);
            if (chosen != null) {
                int i = index.get(chosen);
                schedules.add(chosen, slot);
                load[i] += weight;
                counts[i][type]++;
                if (slot.getDayType() == DayType.WEEKEND) {
                    lastWeekendWeek[i] = slot.getWeekIndex();
                }
            }
        }
    }

    /** Keeps pinned shifts, then frees any shift whose member would break a hard rule (should not happen). */
    private static Schedules enforceRules(List<RotaMember> members, List<ShiftSlot> slots) {
        Schedules schedules = new Schedules(members, slots);
        for (ShiftSlot slot : slots) {
            if (slot.isPinned() && slot.getMember() != null) {
                schedules.add(slot.getMember(), slot);
            }
        }
        for (ShiftSlot slot : slots) {
            if (!slot.isPinned() && slot.getMember() != null) {
                if (schedules.blocker(slot.getMember(), slot) == null) {
                    schedules.add(slot.getMember(), slot);
                } else {
                    slot.setMember(null);
                }
            }
        }
        return schedules;
    }

    /** Gives every free shift somebody can still take to the member most below their fair share. */
    private static void fillGaps(
            List<RotaMember> members, List<ShiftSlot> slots, FairShares shares, Schedules schedules) {
        Map<RotaMember, Double> load = new HashMap<>();
        for (ShiftSlot slot : slots) {
            if (slot.getMember() != null) {
                load.merge(slot.getMember(), slot.getShift().weight(), Double::sum);
            }
        }
        for (ShiftSlot slot : slots) {
            if (slot.isPinned() || slot.getMember() != null) {
                continue;
            }
            RotaMember chosen = null;
            double best = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < members.size(); i++) {
                RotaMember member = members.get(i);
                if (schedules.blocker(member, slot) == null) {
                    double below = shares.targetLoad[i] - load.getOrDefault(member, 0.0);
                    if (below > best) {
                        best = below;
                        chosen = member;
                    }
                }
            }
            if (chosen != null) {
                slot.setMember(chosen);
                schedules.add(chosen, slot);
                load.merge(chosen, slot.getShift().weight(), Double::sum);
            } else {
                ShiftSlot moved = repair(slot, members, schedules);
                if (moved != null) {
                    load.merge(
                            slot.getMember(),
                            slot.getShift().weight() - moved.getShift().weight(),
                            Double::sum);
                    load.merge(moved.getMember(), moved.getShift().weight(), Double::sum);
                }
            }
        }
    }

    /**
     * Fills a slot nobody can take by moving one nearby shift: if member A is blocked from the slot only by one of
     * their own shifts, and member B can take that shift instead, B takes it and A takes the slot. Deterministic:
     * members and shifts are tried in order. Returns the moved shift (now B's, the slot now A's) or {@code null}.
     */
    private static ShiftSlot repair(ShiftSlot slot, List<RotaMember> members, Schedules schedules) {
        for (RotaMember a : members) {
            Rule blocker = schedules.blocker(a, slot);
            if (blocker == null || blocker == Rule.ON_LEAVE || blocker == Rule.INACTIVE) {
                continue;
            }
            int days = Math.max(7, a.getMaxConsecutiveDays() + 1);
            for (ShiftSlot other : schedules.near(a, slot, days)) {
                if (other.isPinned()) {
                    continue;
                }
                schedules.remove(a, other);
                if (schedules.blocker(a, slot) == null) {
                    schedules.add(a, slot);
                    for (RotaMember b : members) {
                        if (b != a && schedules.blocker(b, other) == null) {
                            schedules.add(b, other);
                            other.setMember(b);
                            slot.setMember(a);
                            return other;
                        }
                    }
                    schedules.remove(a, slot);
                }
                schedules.add(a, other);
            }
        }
        return null;
    }

    private static Gap gapOf(ShiftSlot slot, List<RotaMember> members, Schedules schedules) {
        List<String> active = new ArrayList<>();
        Map<Rule, List<String>> blocked = new EnumMap<>(Rule.class);
        for (RotaMember member : members) {
            Rule blocker = schedules.blocker(member, slot);
            if (blocker != Rule.INACTIVE) {
                active.add(member.getName());
            }
            if (blocker != null && blocker != Rule.INACTIVE) {
                blocked.computeIfAbsent(blocker, b -> new ArrayList<>()).add(member.getName());
            }
        }
        if (active.isEmpty()) {
            return new Gap(
                    slot.getKey(),
                    Gap.Reason.NO_MEMBER_ACTIVE,
                    "no member active on " + slot.getShift().date());
        }
        List<String> onLeave = blocked.getOrDefault(Rule.ON_LEAVE, List.of());
        if (onLeave.size() == active.size()) {
            return new Gap(
                    slot.getKey(),
                    Gap.Reason.ALL_ON_LEAVE,
                    "all members on leave (" + String.join(", ", onLeave) + ")");
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<Rule, List<String>> entry : blocked.entrySet()) {
            String names = String.join(", ", entry.getValue());
            parts.add(
                    switch (entry.getKey()) {
                        case MIN_REST -> "rest rules (" + names + ")";
                        case OVERLAP -> "already on call then (" + names + ")";
                        case MAX_CONSECUTIVE_DAYS -> "max consecutive days (" + names + ")";
                        case MAX_SHIFTS_PER_WEEK -> "max shifts per week (" + names + ")";
                        case ON_LEAVE -> "on leave (" + names + ")";
                        case INACTIVE -> "not active (" + names + ")";
                        case UNPLUGGED -> "unplugged time: free weekends or a free week in the break (" + names + ")";
                    });
        }
        String explanation = parts.isEmpty() ? "not filled" : String.join("; ", parts);
        return new Gap(slot.getKey(), Gap.Reason.RULES, explanation);
    }

    private static List<MemberFairness> fairnessOf(
            List<EngineMember> members, List<RotaMember> rotaMembers, List<ShiftSlot> slots, FairShares shares) {
        List<MemberFairness> result = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            RotaMember member = rotaMembers.get(i);
            double load = 0;
            Map<DayType, Integer> counts = new EnumMap<>(DayType.class);
            Map<DayType, Double> fairCounts = new EnumMap<>(DayType.class);
            for (DayType dayType : DayType.values()) {
                counts.put(dayType, 0);
                fairCounts.put(dayType, Rounding.weight(shares.targetCount[i][dayType.ordinal()]));
            }
            for (ShiftSlot slot : slots) {
                if (slot.getMember() == member) {
                    load += slot.getShift().weight();
                    counts.merge(slot.getDayType(), 1, Integer::sum);
                }
            }
            result.add(new MemberFairness(
                    member.getId(),
                    Rounding.weight(load),
                    Rounding.weight(shares.targetLoad[i]),
                    Rounding.weight(load - shares.targetLoad[i]),
                    counts,
                    fairCounts));
        }
        return List.copyOf(result);
    }
}
