package org.standby.rota.engine;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.standby.policy.CoverageRules;
import org.standby.policy.PlannedShift;
import org.standby.policy.rules.LoadLimits;
import org.standby.policy.rules.RestWindows;

/**
 * Everything the engine needs to plan (or re-plan) a rota. Pure data; the order of the lists does not matter
 * (the engine sorts them), so equal problems always give equal rotas.
 *
 * @param zone     the team's time zone (calendar weeks and days for the rules are counted in it)
 * @param shifts   the shift slots to fill, usually from {@link org.standby.policy.ShiftExpander}; keys must be unique
 * @param members  the team
 * @param rules    the rest and workload rules (hard constraints)
 * @param pinned   shift key to member id: fixed assignments the engine must keep (e.g. shifts already worked, or
 *                 approved swaps); they count towards the member's load
 * @param previous shift key to member id of the rota being re-planned; every shift given to somebody else costs a
 *                 soft penalty, so a re-plan changes as few shifts as possible. Empty for a fresh rota.
 * @param loadLimits the team's load thresholds (soft: kept where the team can, reported where it cannot)
 * @param restGroups the windows of the unplugged-time rules (hard: a window kept free, or a gap left, see
 *                 {@link RestWindows}); empty for a team without them
 */
public record RotaProblem(
        ZoneId zone,
        List<PlannedShift> shifts,
        List<EngineMember> members,
        CoverageRules rules,
        Map<String, MemberId> pinned,
        Map<String, MemberId> previous,
        LoadLimits loadLimits,
        List<RestWindows.Group> restGroups) {

    public RotaProblem {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(rules, "rules");
        shifts = shifts == null ? List.of() : List.copyOf(shifts);
        members = members == null ? List.of() : List.copyOf(members);
        pinned = pinned == null ? Map.of() : Map.copyOf(pinned);
        previous = previous == null ? Map.of() : Map.copyOf(previous);
        loadLimits = loadLimits == null ? LoadLimits.defaults() : loadLimits;
        restGroups = restGroups == null ? List.of() : List.copyOf(restGroups);
    }

    /** Without unplugged-time rules. */
    public RotaProblem(
            ZoneId zone,
            List<PlannedShift> shifts,
            List<EngineMember> members,
            CoverageRules rules,
            Map<String, MemberId> pinned,
            Map<String, MemberId> previous,
            LoadLimits loadLimits) {
        this(zone, shifts, members, rules, pinned, previous, loadLimits, List.of());
    }

    /** The same problem with the windows of the unplugged-time rules the engine keeps free ({@link RestWindows}). */
    public RotaProblem withRestGroups(List<RestWindows.Group> groups) {
        return new RotaProblem(zone, shifts, members, rules, pinned, previous, loadLimits, groups);
    }

    /** With the default load thresholds. */
    public RotaProblem(
            ZoneId zone,
            List<PlannedShift> shifts,
            List<EngineMember> members,
            CoverageRules rules,
            Map<String, MemberId> pinned,
            Map<String, MemberId> previous) {
        this(zone, shifts, members, rules, pinned, previous, LoadLimits.defaults());
    }

    /** A fresh rota: nothing pinned, nothing to stay close to. */
    public RotaProblem(ZoneId zone, List<PlannedShift> shifts, List<EngineMember> members, CoverageRules rules) {
        this(zone, shifts, members, rules, Map.of(), Map.of(), LoadLimits.defaults());
    }
}
