package org.standby.change;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.standby.audit.AuditService;
import org.standby.change.dto.ReplanChangeResponse;
import org.standby.change.dto.ReplanRequest;
import org.standby.common.ConflictException;
import org.standby.common.InvalidFieldException;
import org.standby.policy.CoveragePolicy;
import org.standby.policy.CoverageRules;
import org.standby.policy.PlannedShift;
import org.standby.policy.PolicyService;
import org.standby.rota.Planning;
import org.standby.rota.Rota;
import org.standby.rota.RotaPlanner;
import org.standby.rota.RotaService;
import org.standby.rota.RotaStatus;
import org.standby.rota.Shift;
import org.standby.rota.dto.PlanningResponse;
import org.standby.rota.engine.EngineMember;
import org.standby.rota.engine.Gap;
import org.standby.rota.engine.MemberId;
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
 * with the reason, all in one short transaction that is flushed inside, so a concurrent change is answered 409. The
 * engine searches outside any transaction ({@link #replan}).
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
    Planning planning;

    /** A shift the engine plans again, as read in step 1 (plain values: no entity leaves its transaction). */
    private record OpenShift(long id, String key, Instant start, String name, Long memberId) {}

    /**
     * What a re-plan depends on: the rota's version (a re-plan raises it), the shifts to plan again and the problem
     * (the shifts with their members, so an approved swap shows; members with their leave; rules; what is pinned and
     * what stays close). Read
     * before the engine searches and again, at the same instant {@code now}, before the result is applied.
     */
    private record ReplanInputs(Instant now, long rotaVersion, List<OpenShift> open, RotaProblem problem, ZoneId zone)
            implements Planning.Inputs {}

    /**
     * Re-plans in three steps ({@link Planning}): checks and reads in one short transaction, lets the engine search
     * outside any transaction, and (unless a dry run) applies the changes in another short transaction after taking
     * the team's lock ({@link TeamService#lockForChanges}, as approvals and leave decisions do) and reading the
     * inputs again: if they changed meanwhile the rota is planned once more, and after a second change the answer is
     * 409. The rota's version is raised at an explicit flush, so a write that slips in all the same is a 409 too.
     */
    public Replanned replan(long rotaId, ReplanRequest request) {
        if (request.dryRun()) {
            Planning.Solved<ReplanInputs> solved = planning.solve(() -> inputs(rotaId, request, clock.instant()));
            return new Replanned(changes(solved.inputs(), solved.result()), planningOf(solved.result(), 1));
        }
        return planning.run(
                () -> inputs(rotaId, request, clock.instant()),
                (inputs, result, solves) -> apply(rotaId, request, inputs, result)
                        .map(changes -> new Replanned(changes, planningOf(result, solves))),
                "rota " + rotaId);
    }

    /**
     * The changes of a re-plan and how the engine's search for them ended ({@code planning} is null when there was
     * nothing to search: no open shift from that date on).
     */
    public record Replanned(List<ReplanChangeResponse> changes, PlanningResponse planning) {}

    private static PlanningResponse planningOf(RotaResult result, int solves) {
        return result == null ? null : PlanningResponse.of(result, solves);
    }

    /** Step 1 (and the re-check of step 3): the caller's right, the rota's state, and the inputs. */
    private ReplanInputs inputs(long rotaId, ReplanRequest request, Instant now) {
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
        return read(rota, team, request, now);
    }

    /** Step 3: applies the changes if the inputs are still those the engine planned from. */
    private Optional<List<ReplanChangeResponse>> apply(
            long rotaId, ReplanRequest request, ReplanInputs planned, RotaResult result) {
        Instant now = planned.now();
        rotas.lockTeamOfRota(rotaId);
        if (!inputs(rotaId, request, now).equals(planned)) {
            return Optional.empty();
        }
        Rota rota = Rota.findById(rotaId);
        List<ReplanChangeResponse> answer = changes(planned, result);
        try {
            String reason = request.reason().strip();
            for (ReplanChangeResponse change : answer) {
                if (Objects.equals(change.fromMemberId(), change.toMemberId())) {
                    continue;
                }
                Shift shift = Shift.findById(change.shiftId());
                Map<String, Object> before = shiftView(shift);
                shift.assign(change.toMemberId(), now);
                shift.gapReason = change.gapReason();
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
        return Optional.of(answer);
    }

    /** The shifts whose member the result changes (and the open gaps), by start. */
    private static List<ReplanChangeResponse> changes(ReplanInputs inputs, RotaResult result) {
        if (inputs.open().isEmpty()) {
            return List.of();
        }
        Map<String, String> gapReasons = new HashMap<>();
        for (Gap gap : result.gaps()) {
            gapReasons.put(gap.shiftKey(), gap.explanation());
        }
        List<ReplanChangeResponse> changes = new ArrayList<>();
        for (OpenShift shift : inputs.open()) {
            MemberId assigned = result.assignments().get(shift.key());
            Long to = assigned == null ? null : assigned.value();
            if (!Objects.equals(to, shift.memberId()) || to == null) {
                changes.add(new ReplanChangeResponse(
                        shift.id(),
                        shift.start().atZone(inputs.zone()).toOffsetDateTime(),
                        shift.name(),
                        shift.memberId(),
                        to,
                        to == null ? gapReasons.get(shift.key()) : null));
            }
        }
        return changes;
    }

    private ReplanInputs read(Rota rota, Team team, ReplanRequest request, Instant now) {
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
        List<OpenShift> open = new ArrayList<>();
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
                open.add(new OpenShift(shift.id, shift.shiftKey, shift.start, shift.name, shift.memberId));
            }
        }
        if (open.isEmpty()) {
            return new ReplanInputs(now, rota.version, List.of(), null, team.zone());
        }
        RotaProblem problem = new RotaProblem(
                team.zone(),
                shifts,
                members,
                rules,
                pinned,
                previous,
                RotaPlanner.loadLimitsOf(team),
                planner.restGroups(team, policy, rota.fromDate, rota.toDate));
        return new ReplanInputs(now, rota.version, List.copyOf(open), problem, team.zone());
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
