package org.standby.rota.engine;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The rota the engine produced.
 *
 * @param assignments  shift key to member id for every filled slot (pinned ones included), sorted by shift start
 * @param gaps         the slots nobody could take, with the reason; every slot of the problem is either in
 *                     {@code assignments} or here
 * @param fairness     per member, in member id order
 * @param maxDeviation the largest absolute {@link MemberFairness#deviation()}, in weight units
 * @param explanations plain-language explanations of the largest deviations (may be empty for a tiny problem)
 * @param solveTime    wall-clock time spent in {@link RotaEngine#solve}
 * @param score        the solver score as text, e.g. {@code 0hard/0medium/-1234soft}, for benchmarking
 * @param searchEnd    how the local search ended: on its step or move limit, on the wall-clock safety cap, or not
 *                     at all because nothing was free
 * @param movesEvaluated the moves the local search evaluated: what its CPU time is proportional to, and, unlike
 *                     the time, the same on any machine (0 without a search)
 */
public record RotaResult(
        Map<String, MemberId> assignments,
        List<Gap> gaps,
        List<MemberFairness> fairness,
        double maxDeviation,
        List<String> explanations,
        Duration solveTime,
        String score,
        SearchEnd searchEnd,
        long movesEvaluated) {}
