package org.standby.change;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.standby.audit.AuditService;
import org.standby.change.dto.ChangeDecisionRequest;
import org.standby.change.dto.ChangeRequestRequest;
import org.standby.change.dto.ChangeRequestResponse;
import org.standby.common.ConflictException;
import org.standby.common.Decision;
import org.standby.common.InvalidFieldException;
import org.standby.common.NotFoundException;
import org.standby.common.PageResponse;
import org.standby.common.Paging;
import org.standby.leave.AbsenceService;
import org.standby.policy.CoverageRules;
import org.standby.policy.PolicyService;
import org.standby.rota.Rota;
import org.standby.rota.RotaService;
import org.standby.rota.RotaStatus;
import org.standby.rota.Shift;
import org.standby.security.Caller;
import org.standby.security.CallerService;
import org.standby.security.Roles;
import org.standby.team.Member;
import org.standby.team.Team;
import org.standby.team.TeamService;
import org.standby.time.TimeRange;

/**
 * Swap and cover requests on published rotas, and their approval state machine:
 * PENDING → APPROVED | REJECTED (a director of the team) | CANCELLED (the requester); the other states are final.
 *
 * <p>Approving applies the change atomically: the shifts must still have the versions seen when the request was
 * made, the coverage rules are checked again for the members who receive a shift (a breach needs an explicit
 * breachReason), the shifts are reassigned with {@link Shift#assign} (their sequence rises) and the session is
 * flushed inside the transaction, so a concurrent approval that won surfaces here as an optimistic-lock failure and
 * is answered 409 with nothing applied. Every refused decision is audited in a transaction of its own.
 */
@ApplicationScoped
public class ChangeRequestService {

    @Inject
    Clock clock;

    @Inject
    CallerService callers;

    @Inject
    TeamService teams;

    @Inject
    RotaService rotas;

    @Inject
    PolicyService policies;

    @Inject
    AbsenceService absences;

    @Inject
    AuditService audit;

    @Inject
    EntityManager entityManager;

    @Transactional
    public ChangeRequestResponse create(long rotaId, ChangeRequestRequest request) {
        Rota rota = rotas.visibleRota(rotaId);
        long teamId = rota.teamId;
        Caller caller = callers.current();
        if (rota.status != RotaStatus.PUBLISHED) {
            throw new ConflictException(
                    "rota " + rotaId + " is " + rota.status + "; only published rotas take change requests");
        }
        boolean director = caller.directs(teamId);
        if (!director && !caller.is(Roles.MEMBER)) {
            throw new ForbiddenException("only members and directors ask for changes");
        }
        Long own = Member.idOf(teamId, caller.name());
        Instant now = clock.instant();
        Shift shift = shiftOf(teamId, request.shiftId(), "shiftId");
        if (!Objects.equals(shift.rotaId, rotaId)) {
            throw new InvalidFieldException("shiftId", "shift " + shift.id + " is not in rota " + rotaId);
        }
        if (!shift.start.isAfter(now)) {
            throw new ConflictException("shift " + shift.id + " has started already; it cannot be changed");
        }
        ChangeRequest change = new ChangeRequest();
        change.teamId = teamId;
        change.rotaId = rotaId;
        change.type = request.type();
        change.status = ChangeStatus.PENDING;
        change.shiftId = shift.id;
        change.shiftVersion = shift.version;
        change.shiftMemberId = shift.memberId;
        if (request.type() == ChangeType.SWAP) {
            if (request.otherShiftId() == null) {
                throw new InvalidFieldException("otherShiftId", "is required for a SWAP");
            }
            Shift other = shiftOf(teamId, request.otherShiftId(), "otherShiftId");
            if (other.id.equals(shift.id)) {
                throw new InvalidFieldException("otherShiftId", "must be another shift than shiftId");
            }
            if (!other.start.isAfter(now)) {
                throw new ConflictException("shift " + other.id + " has started already; it cannot be changed");
            }
            if (shift.memberId == null || other.memberId == null) {
                throw new InvalidFieldException(
                        shift.memberId == null ? "shiftId" : "otherShiftId",
                        "is a gap nobody holds; ask for COVER instead");
            }
            if (shift.memberId.equals(other.memberId)) {
                throw new InvalidFieldException("otherShiftId", "is held by the same member as shiftId");
            }
            if (request.memberId() != null && !request.memberId().equals(shift.memberId)) {
                throw new InvalidFieldException("memberId", "for a SWAP it must be the member holding shiftId");
            }
            if (!director && (own == null || !(own.equals(shift.memberId) || own.equals(other.memberId)))) {
                throw new ForbiddenException("members may only swap their own shifts");
            }
            change.otherShiftId = other.id;
            change.otherShiftVersion = other.version;
            change.otherShiftMemberId = other.memberId;
        } else {
            if (request.otherShiftId() != null) {
                throw new InvalidFieldException("otherShiftId", "is only for a SWAP");
            }
            Long taker = request.memberId() != null ? request.memberId() : own;
            if (taker == null) {
                throw new InvalidFieldException("memberId", "is required: say who covers the shift");
            }
            if (Member.count("id = ?1 and teamId = ?2", taker, teamId) == 0) {
                throw new InvalidFieldException("memberId", "no member " + taker + " in this team");
            }
            if (taker.equals(shift.memberId)) {
                throw new InvalidFieldException("memberId", "member " + taker + " holds this shift already");
            }
            if (!director && (own == null || !(own.equals(taker) || own.equals(shift.memberId)))) {
                throw new ForbiddenException(
                        "members may only ask for changes involving their own shifts or " + "themselves");
            }
            change.memberId = taker;
        }
        change.reason = request.reason().strip();
        change.requestedBy = caller.name();
        change.requestedAt = now;
        // a member's request that gives someone else a shift waits for that member's consent
        Long receiver = change.type == ChangeType.SWAP
                ? (Objects.equals(own, change.shiftMemberId) ? change.otherShiftMemberId : change.shiftMemberId)
                : change.memberId;
        if (!director && !Objects.equals(receiver, own)) {
            change.consentMemberId = receiver;
            change.status = ChangeStatus.AWAITING_CONSENT;
        }
        // the rules are checked now, so the requester sees at once what a director would have to accept
        change.breaches = joined(breaches(teamId, receivers(change), touched(change)));
        change.persist();
        ChangeRequestResponse response = toResponse(change);
        audit.record(
                teamId, "change-request.create", "change-request", change.id, null, response, change.reason, change.id);
        return response;
    }

    public PageResponse<ChangeRequestResponse> list(ChangeStatus status, Long teamId, Paging paging) {
        Caller caller = callers.current();
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (teamId != null) {
            callers.requireSees(teamId);
            query.append(" and teamId = :team");
            params.and("team", teamId);
        } else if (!(caller.allTeams() || caller.isAdmin())) {
            query.append(" and teamId in :teams");
            params.and("teams", caller.teamIds().isEmpty() ? Set.of(-1L) : caller.teamIds());
        }
        if (status != null) {
            query.append(" and status = :status");
            params.and("status", status);
        }
        if (!caller.isAdmin() && !caller.is(Roles.DIRECTOR)) {
            // members see the requests they made or that involve them
            List<Long> own = Member.<Member>list("username", caller.name()).stream()
                    .map(m -> m.id)
                    .toList();
            query.append(" and (requestedBy = :me or memberId in :own or shiftMemberId in :own "
                    + "or otherShiftMemberId in :own)");
            params.and("me", caller.name()).and("own", own.isEmpty() ? List.of(-1L) : own);
        }
        var found = ChangeRequest.<ChangeRequest>find(query + " order by id desc", params)
                .page(Page.of(paging.page, paging.size));
        return new PageResponse<>(found.list(), paging.page, paging.size, found.count()).map(this::toResponse);
    }

    public ChangeRequestResponse get(long id) {
        ChangeRequest change = visibleRequest(id);
        Caller caller = callers.current();
        if (!caller.directs(change.teamId) && !involves(change, caller)) {
            throw new NotFoundException("change request", id);
        }
        return toResponse(change);
    }

    @Transactional
    public ChangeRequestResponse cancel(long id) {
        ChangeRequest change = visibleRequest(id);
        Caller caller = callers.current();
        if (!caller.name().equals(change.requestedBy)) {
            throw new ForbiddenException("only the member who made a request may cancel it");
        }
        if (!change.status.isOpen()) {
            throw new ConflictException("change request " + id + " is " + change.status + " already");
        }
        ChangeRequestResponse before = toResponse(change);
        change.status = ChangeStatus.CANCELLED;
        change.decision = Decision.of(caller.name(), clock.instant(), null);
        audit.record(
                change.teamId, "change-request.cancel", "change-request", id, before, toResponse(change), null, id);
        return toResponse(change);
    }

    /**
     * Approves a pending request (a director of its team) and applies it. Refused (and audited as refused) with
     * 409 when the request is not pending, a shift changed since it was made or a concurrent approval won, and with
     * 400 when it breaks a rule and no breachReason is given.
     */
    public ChangeRequestResponse approve(long id, ChangeDecisionRequest decision) {
        return decide(
                id,
                "change-request.approve.refused",
                () -> QuarkusTransaction.requiringNew().call(() -> applyApproval(id, decision)));
    }

    /** Rejects a pending request (a director of its team); 409 when it is decided already. */
    public ChangeRequestResponse reject(long id, ChangeDecisionRequest decision) {
        return decide(
                id,
                "change-request.reject.refused",
                () -> QuarkusTransaction.requiringNew().call(() -> applyRejection(id, decision)));
    }

    /**
     * Decisions of one team queue here before they take a database connection: waiting on the team's row lock
     * inside a transaction would hold a pooled connection per waiting request, and fifty simultaneous approvals
     * would exhaust the pool. The row lock ({@link TeamService#lockForChanges}) stays the guarantee across
     * instances; this queue only keeps waiting requests off the pool within one.
     */
    private final ConcurrentMap<Long, ReentrantLock> decisionQueues = new ConcurrentHashMap<>();

    private ChangeRequestResponse decide(
            long id, String refusedAction, java.util.function.Supplier<ChangeRequestResponse> inTransaction) {
        // in a transaction of its own, so that its connection goes back to the pool before the wait below (outside a
        // transaction the request's session would keep it until the request ends)
        Long teamId = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> entityManager
                        .createQuery("select c.teamId from ChangeRequest c where c.id = :id", Long.class)
                        .setParameter("id", id)
                        .getResultStream()
                        .findFirst()
                        .orElse(null));
        ReentrantLock queue =
                teamId == null ? null : decisionQueues.computeIfAbsent(teamId, team -> new ReentrantLock(true));
        try {
            if (queue != null && !queue.tryLock(TeamService.LOCK_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                throw new ConflictException("another decision for this team is being applied right now and took "
                        + "too long; nothing was applied, try again");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConflictException("the decision was interrupted; nothing was applied, try again");
        }
        try {
            return inTransaction.get();
        } catch (Refusal refusal) {
            audit.recordRefusal(refusal.teamId, refusedAction, "change-request", id, refusal.getMessage(), id);
            throw refusal.answer;
        } finally {
            if (queue != null) {
                queue.unlock();
            }
        }
    }

    ChangeRequestResponse applyRejection(long id, ChangeDecisionRequest decision) {
        ChangeRequest change = visibleRequest(id);
        Caller caller = callers.requireDirects(change.teamId);
        try {
            teams.lockForChanges(change.teamId);
            entityManager.refresh(change);
            if (!change.status.isOpen()) {
                throw new ConflictException("change request " + id + " is " + change.status + " already");
            }
            ChangeRequestResponse before = toResponse(change);
            change.status = ChangeStatus.REJECTED;
            change.decision = Decision.of(caller.name(), clock.instant(), decision == null ? null : decision.note());
            audit.record(
                    change.teamId,
                    "change-request.reject",
                    "change-request",
                    id,
                    before,
                    toResponse(change),
                    Decision.note(change.decision),
                    id);
            entityManager.flush();
            return toResponse(change);
        } catch (ConflictException | InvalidFieldException e) {
            throw new Refusal(change.teamId, e);
        } catch (PersistenceException e) {
            throw new Refusal(
                    change.teamId,
                    ConcurrentChange.answer(e, "change request " + id + " was decided by someone else meanwhile"));
        }
    }

    ChangeRequestResponse applyApproval(long id, ChangeDecisionRequest decision) {
        ChangeRequest change = visibleRequest(id);
        Caller caller = callers.requireDirects(change.teamId);
        try {
            // one decision at a time per team: the rule check below must see every approval committed before it
            teams.lockForChanges(change.teamId);
            entityManager.refresh(change);
            requirePending(change);
            Rota rota = Rota.findById(change.rotaId);
            if (rota.status != RotaStatus.PUBLISHED) {
                throw new ConflictException("rota " + rota.id + " is " + rota.status + "; it takes no changes");
            }
            // load in id order, so concurrent transactions update the rows in the same order
            List<Long> ids = change.otherShiftId == null
                    ? List.of(change.shiftId)
                    : List.of(
                            Math.min(change.shiftId, change.otherShiftId),
                            Math.max(change.shiftId, change.otherShiftId));
            Map<Long, Shift> loaded = new LinkedHashMap<>();
            for (Long shiftId : ids) {
                loaded.put(shiftId, Shift.findById(shiftId));
            }
            Shift shift = loaded.get(change.shiftId);
            Shift other = change.otherShiftId == null ? null : loaded.get(change.otherShiftId);
            if (shift.version != change.shiftVersion || (other != null && other.version != change.otherShiftVersion)) {
                throw new ConflictException("a shift of change request " + id + " was changed since the request "
                        + "was made (another change was approved or the rota was re-planned); nothing was applied");
            }
            Instant now = clock.instant();
            for (Shift s : loaded.values()) {
                if (!s.start.isAfter(now)) {
                    throw new ConflictException("shift " + s.id + " has started already; it cannot be changed");
                }
            }
            Map<Shift, Long> receivers = receivers(change);
            List<String> breaches = breaches(change.teamId, receivers, Set.copyOf(ids));
            String breachReason = decision == null
                            || decision.breachReason() == null
                            || decision.breachReason().isBlank()
                    ? null
                    : decision.breachReason().strip();
            if (!breaches.isEmpty() && breachReason == null) {
                throw new InvalidFieldException(
                        "breachReason", "is required to approve this change, because " + String.join("; ", breaches));
            }
            ChangeRequestResponse before = toResponse(change);
            for (Map.Entry<Shift, Long> entry : receivers.entrySet()) {
                Shift s = entry.getKey();
                Map<String, Object> was = shiftView(s);
                s.assign(entry.getValue(), now);
                audit.record(change.teamId, "shift.reassign", "shift", s.id, was, shiftView(s), change.reason, id);
            }
            change.status = ChangeStatus.APPROVED;
            change.decision = Decision.of(caller.name(), now, decision == null ? null : decision.note());
            change.breaches = joined(breaches);
            if (!breaches.isEmpty()) {
                change.breachReason = breachReason;
            }
            audit.record(
                    change.teamId,
                    "change-request.approve",
                    "change-request",
                    id,
                    before,
                    toResponse(change),
                    breaches.isEmpty() ? Decision.note(change.decision) : "rules broken on purpose: " + breachReason,
                    id);
            entityManager.flush();
            return toResponse(change);
        } catch (ConflictException | InvalidFieldException e) {
            throw new Refusal(change.teamId, e);
        } catch (PersistenceException e) {
            throw new Refusal(
                    change.teamId,
                    ConcurrentChange.answer(
                            e,
                            "a shift of change request " + id
                                    + " was changed by a concurrent approval or re-plan; nothing was applied"));
        }
    }

    /**
     * The member asked for consent accepts (the request goes to the directors as PENDING, its rule check renewed)
     * or declines it (DECLINED, final). Only that member may answer; 409 when the request waits for no consent.
     */
    @Transactional
    public ChangeRequestResponse consent(long id, boolean accept, String note) {
        ChangeRequest change = visibleRequest(id);
        Caller caller = callers.current();
        Long own = Member.idOf(change.teamId, caller.name());
        if (own == null || !own.equals(change.consentMemberId)) {
            if (!caller.directs(change.teamId) && !involves(change, caller)) {
                throw new NotFoundException("change request", id);
            }
            throw new ForbiddenException(
                    "only the member whose consent the request asks for may accept or " + "decline it");
        }
        if (change.status != ChangeStatus.AWAITING_CONSENT) {
            throw new ConflictException(
                    "change request " + id + " is " + change.status + "; it waits for no " + "consent");
        }
        ChangeRequestResponse before = toResponse(change);
        Instant now = clock.instant();
        if (accept) {
            change.status = ChangeStatus.PENDING;
            change.consentedBy = caller.name();
            change.consentedAt = now;
            change.breaches = joined(breaches(change.teamId, receivers(change), touched(change)));
        } else {
            change.status = ChangeStatus.DECLINED;
            change.decision = Decision.of(caller.name(), now, note);
        }
        audit.record(
                change.teamId,
                accept ? "change-request.accept" : "change-request.decline",
                "change-request",
                id,
                before,
                toResponse(change),
                note,
                id);
        return toResponse(change);
    }

    /** Who receives which shift if the request is applied: the current shifts, by id. */
    private static Map<Shift, Long> receivers(ChangeRequest change) {
        Map<Shift, Long> receivers = new LinkedHashMap<>();
        Shift shift = Shift.findById(change.shiftId);
        if (change.type == ChangeType.SWAP) {
            Shift other = Shift.findById(change.otherShiftId);
            receivers.put(shift, other.memberId);
            receivers.put(other, shift.memberId);
        } else {
            receivers.put(shift, change.memberId);
        }
        return receivers;
    }

    private static Set<Long> touched(ChangeRequest change) {
        return change.otherShiftId == null ? Set.of(change.shiftId) : Set.of(change.shiftId, change.otherShiftId);
    }

    /** Breaches one per line, cut to the column's 4000 characters; null when there are none. */
    private static String joined(List<String> breaches) {
        if (breaches.isEmpty()) {
            return null;
        }
        String text = String.join("\n", breaches);
        return text.length() <= 4000 ? text : text.substring(0, 3997) + "...";
    }

    /** What the rules say about the members receiving shifts, against their other published shifts. */
    private List<String> breaches(long teamId, Map<Shift, Long> receivers, Set<Long> touched) {
        Team team = teams.find(teamId).orElseThrow();
        ZoneId zone = team.zone();
        CoverageRules rules = policies.policyOf(teamId).rules();
        int days = Math.max(rules.maxConsecutiveDays(), 7) + 2;
        List<String> result = new ArrayList<>();
        for (Map.Entry<Shift, Long> entry : receivers.entrySet()) {
            Shift shift = entry.getKey();
            Member member = Member.findById(entry.getValue());
            List<TimeRange> leave =
                    absences.approvedOverlapping(teamId, shift.date.minusDays(1), shift.date.plusDays(1)).stream()
                            .filter(a -> a.memberId.equals(member.id))
                            .map(a -> new TimeRange(a.startIn(zone), a.endIn(zone)))
                            .toList();
            List<ShiftRuleCheck.Slot> others = Shift.<Shift>list(
                            "teamId = ?1 and memberId = ?2 and date >= ?3 "
                                    + "and date <= ?4 and rotaId in (select r.id from Rota r where r.status = ?5)",
                            teamId,
                            member.id,
                            shift.date.minusDays(days),
                            shift.date.plusDays(days),
                            RotaStatus.PUBLISHED)
                    .stream()
                    .filter(s -> !touched.contains(s.id))
                    .map(ChangeRequestService::slotOf)
                    .toList();
            ShiftRuleCheck.Taker taker =
                    new ShiftRuleCheck.Taker(member.name, member.activeFrom, member.activeUntil, leave);
            ShiftRuleCheck.breaches(rules, taker, slotOf(shift), others)
                    .forEach(breach -> result.add(breach.message()));
        }
        return result;
    }

    static ShiftRuleCheck.Slot slotOf(Shift shift) {
        return new ShiftRuleCheck.Slot(shift.id, shift.date, shift.start, shift.end);
    }

    private static Map<String, Object> shiftView(Shift shift) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("memberId", shift.memberId);
        view.put("sequence", shift.sequence);
        return view;
    }

    private static void requirePending(ChangeRequest change) {
        if (change.status == ChangeStatus.AWAITING_CONSENT) {
            throw new ConflictException("change request " + change.id + " still waits for the consent of member "
                    + change.consentMemberId + "; a director decides once they accepted");
        }
        if (change.status != ChangeStatus.PENDING) {
            throw new ConflictException("change request " + change.id + " is " + change.status + " already");
        }
    }

    /** The request if its team is visible to the caller; 404 otherwise. */
    private ChangeRequest visibleRequest(long id) {
        ChangeRequest change = ChangeRequest.<ChangeRequest>findByIdOptional(id)
                .orElseThrow(() -> new NotFoundException("change request", id));
        if (!callers.current().sees(change.teamId)) {
            throw new NotFoundException("change request", id);
        }
        return change;
    }

    private Shift shiftOf(long teamId, long shiftId, String field) {
        Shift shift = Shift.<Shift>find("id = ?1 and teamId = ?2", shiftId, teamId)
                .firstResultOptional()
                .orElseThrow(() -> new InvalidFieldException(field, "no shift " + shiftId + " in this team"));
        Rota rota = Rota.findById(shift.rotaId);
        if (rota.status != RotaStatus.PUBLISHED) {
            throw new InvalidFieldException(field, "shift " + shiftId + " is not in a published rota");
        }
        return shift;
    }

    private boolean involves(ChangeRequest change, Caller caller) {
        if (caller.name().equals(change.requestedBy)) {
            return true;
        }
        Long own = Member.idOf(change.teamId, caller.name());
        return own != null
                && (own.equals(change.memberId)
                        || own.equals(change.shiftMemberId)
                        || own.equals(change.otherShiftMemberId));
    }

    ChangeRequestResponse toResponse(ChangeRequest c) {
        List<String> breaches = c.breaches == null ? null : Arrays.asList(c.breaches.split("\n"));
        return new ChangeRequestResponse(
                c.id,
                c.teamId,
                c.rotaId,
                c.type,
                c.status,
                c.shiftId,
                c.shiftMemberId,
                c.otherShiftId,
                c.otherShiftMemberId,
                c.memberId,
                c.reason,
                c.requestedBy,
                c.requestedAt,
                c.consentMemberId,
                c.consentedBy,
                c.consentedAt,
                Decision.by(c.decision),
                Decision.at(c.decision),
                Decision.note(c.decision),
                c.breachReason,
                breaches);
    }
}
