package org.standby.change;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.standby.audit.AuditService;
import org.standby.change.dto.ReplanChangeResponse;
import org.standby.change.dto.ReplanRequest;
import org.standby.common.ConflictException;
import org.standby.common.InvalidFieldException;
import org.standby.policy.CoveragePolicy;
import org.standby.policy.CoverageRules;
import org.standby.policy.PlannedShift;
import org.standby.policy.PolicyService;
import org.standby.rota.Rota;
import org.standby.rota.RotaPlanner;
import org.standby.rota.RotaService;
import org.standby.rota.RotaStatus;
import org.standby.rota.Shift;
import org.standby.rota.engine.EngineMember;
import org.standby.rota.engine.Gap;
import org.standby.rota.engine.MemberId;
import org.standby.rota.engine.RotaEngine;
import org.standby.rota.engine.RotaProblem;
import org.standby.rota.engine.RotaResult;
import org.standby.security.CallerService;
import org.standby.team.Team;
import org.standby.team.TeamService;
import org.standby.time.TimeRange;

/**
 * Re-plans a published rota from a date, after sudden absence, changing as few shifts as possible.
 *
 * <ol>
 * <li>Every shift that starts before {@code from} (or has started already) is pinned to its member.</li>
 * <li>Every later shift whose member is active, not on approved leave and breaks no coverage rule against the
 * shifts kept so far (taken in time order) is pinned as well.</li>
 * <li>The rest (shifts of absent members, shifts that would break a rule, open gaps) is solved again by the rota
 * engine with the current assignments as {@code previous}, so every changed shift costs a penalty.</li>
 * </ol>
 * The engine is deterministic, so a dry run answers exactly what applying would do on the same data. Applying
 * reassigns the shifts with {@link Shift#assign} (sequence rises), bumps the rota's version and audits each shift
 * with the reason, all in one transaction that is flushed inside, so a concurrent change is answered 409.
 */
@ApplicationScoped
public class ReplanService {

    @Inject
    Clock clock;

    @Inject
    CallerService callers;

    @Inject
    TeamService teams;

    @Inject
    RotaService rotas;

    @Inject
    RotaPlanner planner;

    @Inject
    PolicyService policies;

    @Inject
    AuditService audit;

    @Inject
    EntityManager entityManager;

    @Inject
    RotaEngine engine;

    /** One shift the re-plan touches, as computed. */
    private record Planned(Shift shift, Long toMemberId, String gapReason) {}

    @Transactional
    public List<ReplanChangeResponse> replan(long rotaId, ReplanRequest request) {
        Rota rota = rotas.visibleRota(rotaId);
        callers.requireDirects(rota.teamId);
        if (rota.status != RotaStatus.PUBLISHED) {
            throw new ConflictException("rota " + rotaId + " is " + rota.status + "; only a published rota is "
                    + "re-planned (a draft is regenerated)");
        }
        if (request.from().isAfter(rota.toDate)) {
            throw new InvalidFieldException("from", "is after the rota's last day " + rota.toDate);
        }
        Team team = teams.find(rota.teamId).orElseThrow();
        ZoneId zone = team.zone();
        Instant now = clock.instant();
        List<Planned> plan = plan(rota, team, request, now);
        List<ReplanChangeResponse> answer = plan.stream()
                .map(p -> new ReplanChangeResponse(
                        p.shift().id,
                        p.shift().start.atZone(zone).toOffsetDateTime(),
                        p.shift().name,
                        p.shift().memberId,
                        p.toMemberId(),
                        p.gapReason()))
                .toList();
        if (request.dryRun()) {
            return answer;
        }
        try {
            String reason = request.reason().strip();
            for (Planned p : plan) {
                Shift shift = p.shift();
                if (Objects.equals(shift.memberId, p.toMemberId())) {
                    continue;
                }
                Map<String, Object> before = shiftView(shift);
                shift.assign(p.toMemberId(), now);
                shift.gapReason = p.gapReason();
                audit.record(
                        rota.teamId,
                        "shift.reassign",
                        "shift",
                        shift.id,
                        before,
                        shiftView(shift),
                        "re-plan: " + reason,
                        null);
            }
            entityManager.lock(rota, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("from", request.from().toString());
            summary.put("changes", answer);
            audit.record(rota.teamId, "rota.replan", "rota", rota.id, null, summary, reason, null);
            entityManager.flush();
        } catch (PersistenceException e) {
            throw new ConflictException("rota " + rotaId + " was changed by someone else meanwhile; nothing was "
                    + "applied, re-plan again");
        }
        return answer;
    }

    private List<Planned> plan(Rota rota, Team team, ReplanRequest request, Instant now) {
        Instant fromInstant = request.from().atStartOfDay(team.zone()).toInstant();
        Instant cut = fromInstant.isAfter(now) ? fromInstant : now;
        CoveragePolicy policy = policies.policyOf(team.id);
        CoverageRules rules = policy.rules();
        List<EngineMember> members = planner.engineMembers(team, rota.fromDate, rota.toDate, rota.id);
        Map<MemberId, EngineMember> byId = new HashMap<>();
        members.forEach(member -> byId.put(member.id(), member));

        List<PlannedShift> shifts = new ArrayList<>();
        Map<String, MemberId> pinned = new LinkedHashMap<>();
        Map<String, MemberId> previous = new LinkedHashMap<>();
        Map<MemberId, List<ShiftRuleCheck.Slot>> kept = new HashMap<>();
        List<Shift> open = new ArrayList<>();
        for (Shift shift : Shift.<Shift>list("rotaId = ?1 order by start, slot, id", rota.id)) {
            boolean before = shift.start.isBefore(cut);
            if (before && shift.memberId == null) {
                continue; // a past gap stays as it was
            }
            shifts.add(new PlannedShift(
                    shift.shiftKey,
                    shift.name,
                    shift.date,
                    shift.dayType,
                    shift.start,
                    shift.end,
                    shift.weight.doubleValue(),
                    shift.slot));
            MemberId memberId = shift.memberId == null ? null : MemberId.of(shift.memberId);
            EngineMember member = memberId == null ? null : byId.get(memberId);
            if (member != null && (before || keeps(rules, member, shift, kept.getOrDefault(memberId, List.of())))) {
                pinned.put(shift.shiftKey, memberId);
                kept.computeIfAbsent(memberId, id -> new ArrayList<>()).add(ChangeRequestService.slotOf(shift));
            } else {
                if (memberId != null) {
                    previous.put(shift.shiftKey, memberId);
                }
                open.add(shift);
            }
        }
        if (open.isEmpty()) {
            return List.of();
        }
        RotaResult result = engine.solve(new RotaProblem(
                team.zone(),
                shifts,
                members,
                rules,
                pinned,
                previous,
                RotaPlanner.loadLimitsOf(team),
                planner.restGroups(team, policy, rota.fromDate, rota.toDate)));
        Map<String, String> gapReasons = new HashMap<>();
        for (Gap gap : result.gaps()) {
            gapReasons.put(gap.shiftKey(), gap.explanation());
        }
        List<Planned> plan = new ArrayList<>();
        for (Shift shift : open) {
            MemberId assigned = result.assignments().get(shift.shiftKey);
            Long to = assigned == null ? null : assigned.value();
            if (!Objects.equals(to, shift.memberId) || to == null) {
                plan.add(new Planned(shift, to, to == null ? gapReasons.get(shift.shiftKey) : null));
            }
        }
        return plan;
    }

    /** Whether the member may keep the shift: active, not on leave, and no rule broken against the kept shifts. */
    private static boolean keeps(
            CoverageRules rules, EngineMember member, Shift shift, List<ShiftRuleCheck.Slot> keptOfMember) {
        List<TimeRange> leave = member.unavailable();
        ShiftRuleCheck.Taker taker =
                new ShiftRuleCheck.Taker(member.name(), member.activeFrom(), member.activeUntil(), leave);
        return ShiftRuleCheck.breaches(rules, taker, ChangeRequestService.slotOf(shift), keptOfMember)
                .isEmpty();
    }

    private static Map<String, Object> shiftView(Shift shift) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("memberId", shift.memberId);
        view.put("sequence", shift.sequence);
        return view;
    }
}
