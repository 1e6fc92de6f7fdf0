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
    private final boolean switchOffIdleConstraints;
    private final SolverFactory<RotaSolution> solverFactory;
    private final SolutionManager<RotaSolution, HardMediumSoftLongScore> solutionManager;

    /** An engine with {@link EngineSettings#defaults()}. */
    public RotaEngine() {
        this(EngineSettings.defaults());
    }

    /** An engine with the given search settings. */
    public RotaEngine(EngineSettings settings) {
        this(settings, true);
    }

    /**
     * An engine that switches off the constraints that cannot penalise anything in a problem
     * ({@link IdleConstraints}), or keeps every constraint on (for the test that shows it changes nothing).
     */
    RotaEngine(EngineSettings settings, boolean switchOffIdleConstraints) {
        this.settings = settings;
        this.switchOffIdleConstraints = switchOffIdleConstraints;
        // The solver's termination (move count, safety cap) is set per problem in search().
        SolverConfig config = new SolverConfig()
                .withSolutionClass(RotaSolution.class)
                .withEntityClasses(ShiftSlot.class)
                .withConstraintProviderClass(RotaConstraintProvider.class)
                .withEnvironmentMode(EnvironmentMode.NO_ASSERT)
                .withRandomSeed(settings.randomSeed())
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
        Model model = Model.of(problem);
        new Construction(model.rotaMembers, model.slots, model.shares).run();
        Set<String> idle = switchOffIdleConstraints ? IdleConstraints.of(model.rotaMembers, model.slots) : Set.of();
        Searched searched = search(new RotaSolution(model.rotaMembers, model.slots, idle));
        RotaSolution solution = searched.solution();
        List<ShiftSlot> finalSlots = new ArrayList<>(solution.getSlots());
        finalSlots.sort(BY_START);
        Schedules schedules = enforceRules(model.rotaMembers, finalSlots);
        fillGaps(model.rotaMembers, finalSlots, model.shares, schedules);
        HardMediumSoftLongScore score = solutionManager.update(solution);
        return resultOf(
                problem, model, finalSlots, schedules, score, Duration.ofNanos(System.nanoTime() - started), searched);
    }

    /**
     * The problem as the engine works on it: members in id order with their fair shares and solver-side views, slots
     * in time order with rest windows and pinned members set.
     */
    private record Model(
            List<EngineMember> members,
            List<ShiftSlot> slots,
            FairShares shares,
            List<RotaMember> rotaMembers,
            Map<MemberId, RotaMember> byId) {

        static Model of(RotaProblem problem) {
            List<EngineMember> members = new ArrayList<>(problem.members());
            members.sort(Comparator.comparing(EngineMember::id));
            for (int i = 1; i < members.size(); i++) {
                if (members.get(i).id().equals(members.get(i - 1).id())) {
                    throw new IllegalArgumentException(
                            "member id repeats: " + members.get(i).id());
                }
            }
            List<ShiftSlot> slots = slotsOf(problem);
            FairShares shares = new FairShares(members, slots);
            List<RotaMember> rotaMembers = rotaMembersOf(shares, problem.rules());
            Map<MemberId, RotaMember> byId = new HashMap<>();
            rotaMembers.forEach(member -> byId.put(member.getMemberId(), member));
            checkReferences(problem, slots, byId);
            LoadCapacity.apply(problem.loadLimits(), members, byId, slots);
            for (ShiftSlot slot : slots) {
                if (slot.isPinned()) {
                    slot.setMember(byId.get(problem.pinned().get(slot.getKey())));
                }
            }
            return new Model(members, slots, shares, rotaMembers, byId);
        }
    }

    /** The rota after the search, how the search ended and how many moves it evaluated. */
    private record Searched(RotaSolution solution, SearchEnd end, long moves) {}

    /** Improves the first rota by local search, unless there is nothing to move. */
    private Searched search(RotaSolution solution) {
        long free =
                solution.getSlots().stream().filter(slot -> !slot.isPinned()).count();
        if (solution.getMembers().isEmpty() || free == 0) {
            return new Searched(solution, SearchEnd.NOTHING_TO_SEARCH, 0);
        }
        // Small problems need fewer moves; the limit scales with the free slots, capped by the settings.
        long moveLimit = Math.min(settings.moveLimit(), Math.max(2_000, free * MOVES_PER_SLOT));
        Solver<RotaSolution> solver = solverFactory.buildSolver(new SolverConfigOverride<RotaSolution>()
                .withTerminationConfig(
                        new TerminationConfig().withMoveCountLimit(moveLimit).withSpentLimit(settings.safetyCap())));
        long searchStarted = System.nanoTime();
        RotaSolution best = solver.solve(solution);
        long searchMillis = (System.nanoTime() - searchStarted) / 1_000_000;
        long moves = solver instanceof DefaultSolver<RotaSolution> run ? run.getMoveEvaluationCount() : 0;
        return new Searched(best, SearchEnd.of(searchMillis, moves, moveLimit, settings.safetyCap()), moves);
    }

    private static RotaResult resultOf(
            RotaProblem problem,
            Model model,
            List<ShiftSlot> finalSlots,
            Schedules schedules,
            HardMediumSoftLongScore score,
            Duration solveTime,
            Searched searched) {
        Map<String, MemberId> assignments = new LinkedHashMap<>();
        List<Gap> gaps = new ArrayList<>();
        for (ShiftSlot slot : finalSlots) {
            if (slot.getMember() != null) {
                assignments.put(slot.getKey(), slot.getMember().getMemberId());
            } else {
                gaps.add(gapOf(slot, model.rotaMembers, schedules));
            }
        }
        List<MemberFairness> fairness = fairnessOf(model.rotaMembers, finalSlots, model.shares);
        double maxDeviation = fairness.stream()
                .mapToDouble(f -> Math.abs(f.deviation()))
                .max()
                .orElse(0);
        List<String> explanations =
                new ArrayList<>(LoadCapacity.statements(problem.loadLimits(), model.members, model.byId, finalSlots));
        explanations.addAll(Explanations.explain(finalSlots, model.shares, fairness));
        return new RotaResult(
                Collections.unmodifiableMap(assignments),
                List.copyOf(gaps),
                fairness,
                Rounding.weight(maxDeviation),
                List.copyOf(explanations),
                solveTime,
                score.toString(),
                searched.end(),
                searched.moves());
    }

    /** The problem's shifts as slots in time order, with their previous member and unplugged-time windows. */
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
        List<RestGroup> restGroups =
                problem.restGroups().stream().map(RestGroup::new).toList();
        if (!restGroups.isEmpty()) {
            for (ShiftSlot slot : slots) {
                slot.setRestWindows(RestGroup.windowsOf(restGroups, slot.getStartSecond(), slot.getEndSecond()));
            }
        }
        return slots;
    }

    private static void checkReferences(RotaProblem problem, List<ShiftSlot> slots, Map<MemberId, RotaMember> byId) {
        Set<String> keys = new HashSet<>();
        slots.forEach(slot -> keys.add(slot.getKey()));
        for (Map<String, MemberId> map : List.of(problem.pinned(), problem.previous())) {
            for (Map.Entry<String, MemberId> entry : map.entrySet()) {
                if (!keys.contains(entry.getKey())) {
                    throw new IllegalArgumentException("unknown shift key: " + entry.getKey());
                }
                if (map == problem.pinned() && !byId.containsKey(entry.getValue())) {
                    throw new IllegalArgumentException("unknown member id: " + entry.getValue());
                }
            }
        }
    }

    /** The solver-side view of every member, in the shares' (member id) order. */
    private static List<RotaMember> rotaMembersOf(FairShares shares, CoverageRules rules) {
        List<RotaMember> result = new ArrayList<>();
        RuleBook.Limits limits =
                RuleBook.Limits.of(rules.minRestHours(), rules.maxConsecutiveDays(), rules.maxShiftsPerWeek());
        for (FairShares.MemberShare share : shares.all()) {
            EngineMember member = share.member();
            Map<DayType, Long> targetCounts = new EnumMap<>(DayType.class);
            for (DayType dayType : FairShares.BALANCED_DAY_TYPES) {
                targetCounts.put(dayType, Math.round(share.targetCount(dayType) * ShiftSlot.SCALE));
            }
            result.add(new RotaMember(
                    member.id(),
                    member.name(),
                    member.availability(),
                    limits,
                    Math.round(share.targetLoad() * ShiftSlot.SCALE),
                    targetCounts));
        }
        return result;
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
            for (RotaMember member : members) {
                if (schedules.blocker(member, slot) == null) {
                    double below = shares.of(member.getMemberId()).targetLoad() - load.getOrDefault(member, 0.0);
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
                ShiftSlot moved = schedules.repair(slot, members);
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

    /** Per member (in the members' order): load and counts in the final rota against the fair share. */
    private static List<MemberFairness> fairnessOf(List<RotaMember> members, List<ShiftSlot> slots, FairShares shares) {
        Map<RotaMember, Double> loads = new HashMap<>();
        Map<RotaMember, Map<DayType, Integer>> counts = new HashMap<>();
        for (ShiftSlot slot : slots) {
            RotaMember member = slot.getMember();
            if (member != null) {
                loads.put(
                        member,
                        loads.getOrDefault(member, 0.0) + slot.getShift().weight());
                counts.computeIfAbsent(member, m -> new EnumMap<>(DayType.class))
                        .merge(slot.getDayType(), 1, Integer::sum);
            }
        }
        List<MemberFairness> result = new ArrayList<>();
        for (RotaMember member : members) {
            FairShares.MemberShare share = shares.of(member.getMemberId());
            double load = loads.getOrDefault(member, 0.0);
            Map<DayType, Integer> memberCounts = new EnumMap<>(DayType.class);
            Map<DayType, Double> fairCounts = new EnumMap<>(DayType.class);
            for (DayType dayType : DayType.values()) {
                memberCounts.put(dayType, counts.getOrDefault(member, Map.of()).getOrDefault(dayType, 0));
                fairCounts.put(dayType, Rounding.weight(share.targetCount(dayType)));
            }
            result.add(new MemberFairness(
                    member.getMemberId(),
                    Rounding.weight(load),
                    Rounding.weight(share.targetLoad()),
                    Rounding.weight(load - share.targetLoad()),
                    memberCounts,
                    fairCounts));
        }
        return List.copyOf(result);
    }
}
