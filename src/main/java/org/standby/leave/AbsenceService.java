package org.standby.leave;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.standby.audit.AuditService;
import org.standby.common.ConflictException;
import org.standby.common.Decision;
import org.standby.common.InvalidFieldException;
import org.standby.common.NotFoundException;
import org.standby.leave.dto.AbsenceRequest;
import org.standby.leave.dto.AbsenceResponse;
import org.standby.security.Caller;
import org.standby.security.CallerService;
import org.standby.team.Member;
import org.standby.team.MemberService;
import org.standby.team.Team;
import org.standby.team.TeamService;

/**
 * Leave. Members request their own (REQUESTED); directors enter leave for anyone (APPROVED unless they say
 * otherwise) and decide requests. Approving fires {@link AbsenceApproved} in the same transaction.
 */
@ApplicationScoped
public class AbsenceService {

    @Inject
    Clock clock;

    @Inject
    CallerService callers;

    @Inject
    TeamService teams;

    @Inject
    MemberService members;

    @Inject
    AuditService audit;

    @Inject
    Event<AbsenceApproved> approvedEvents;

    @Inject
    LeaveImpact impact;

    public List<AbsenceResponse> list(long teamId, Long memberId, AbsenceStatus status, LocalDate from, LocalDate to) {
        teams.visibleTeam(teamId);
        Caller caller = callers.current();
        StringBuilder query = new StringBuilder("teamId = :team");
        Parameters params = Parameters.with("team", teamId);
        if (memberId != null) {
            query.append(" and memberId = :member");
            params.and("member", memberId);
        }
        if (status != null) {
            query.append(" and status = :status");
            params.and("status", status);
        }
        if (from != null) {
            query.append(" and endDate >= :from");
            params.and("from", from);
        }
        if (to != null) {
            query.append(" and startDate <= :to");
            params.and("to", to);
        }
        query.append(" order by startDate, id");
        Long ownMemberId = Member.idOf(teamId, caller.name());
        return Absence.<Absence>list(query.toString(), params).stream()
                .map(absence -> toResponse(absence, caller, teamId, ownMemberId))
                .toList();
    }

    /** Approved absences of a team's members that overlap the date range, for planning. */
    public List<Absence> approvedOverlapping(long teamId, LocalDate from, LocalDate to) {
        return Absence.list(
                "teamId = ?1 and status = ?2 and endDate >= ?3 and startDate <= ?4 order by id",
                teamId,
                AbsenceStatus.APPROVED,
                from,
                to);
    }

    /** A stored absence's answer, and the absence when it is approved (its impact is computed after the commit). */
    private record Stored(AbsenceResponse response, Absence approved) {}

    /**
     * Requests or enters leave. The absence is stored in a transaction of its own; the impact of approved leave (a
     * re-plan dry run per rota it hits, see {@link LeaveImpact}) is computed after the commit, outside any
     * transaction, so the engine's search holds no connection and no lock.
     */
    public AbsenceResponse create(long teamId, AbsenceRequest request) {
        return withImpact(QuarkusTransaction.requiringNew().call(() -> store(teamId, request)));
    }

    private AbsenceResponse withImpact(Stored stored) {
        return stored.approved() == null
                ? stored.response()
                : stored.response().withImpact(impact.of(stored.approved()));
    }

    private Stored store(long teamId, AbsenceRequest request) {
        Team team = teams.visibleTeam(teamId);
        Caller caller = callers.current();
        boolean director = caller.directs(teamId);
        if (!director && !Objects.equals(Member.idOf(teamId, caller.name()), request.memberId())) {
            throw new io.quarkus.security.ForbiddenException("members may request leave only for themselves");
        }
        if (!director && request.status() == AbsenceStatus.APPROVED) {
            throw new InvalidFieldException("status", "only a director can enter approved leave");
        }
        if (request.status() == AbsenceStatus.REJECTED) {
            throw new InvalidFieldException("status", "use REQUESTED or APPROVED");
        }
        if (request.end().isBefore(request.start())) {
            throw new InvalidFieldException("end", "must not be before start");
        }
        Member member = Member.<Member>find("id = ?1 and teamId = ?2", request.memberId(), teamId)
                .firstResultOptional()
                .orElseThrow(() ->
                        new InvalidFieldException("memberId", "no member " + request.memberId() + " in this team"));
        List<Absence> clashes = Absence.list(
                "memberId = ?1 and status <> ?2 and endDate >= ?3 and startDate <= ?4",
                member.id,
                AbsenceStatus.REJECTED,
                request.start(),
                request.end());
        if (!clashes.isEmpty()) {
            Absence clash = clashes.get(0);
            throw new ConflictException("overlaps absence " + clash.id + " of " + member.name + " from "
                    + clash.startDate + " to " + clash.endDate);
        }
        Absence absence = new Absence();
        absence.teamId = teamId;
        absence.memberId = member.id;
        absence.startDate = request.start();
        absence.endDate = request.end();
        absence.kind = request.kind();
        absence.note = request.note();
        absence.requestedBy = caller.name();
        absence.requestedAt = clock.instant();
        absence.status = director && request.status() != AbsenceStatus.REQUESTED
                ? AbsenceStatus.APPROVED
                : AbsenceStatus.REQUESTED;
        if (absence.status == AbsenceStatus.APPROVED) {
            absence.decision = Decision.of(caller.name(), absence.requestedAt, null);
        }
        absence.persist();
        audit.record(teamId, "absence.create", "absence", absence.id, null, auditView(absence), null, null);
        AbsenceResponse response = toResponse(absence, caller, teamId, Member.idOf(teamId, caller.name()));
        if (absence.status == AbsenceStatus.APPROVED) {
            fireApproved(absence, team);
            return new Stored(response, absence);
        }
        return new Stored(response, null);
    }

    /**
     * Approves or rejects a leave request: the decision in a transaction of its own under the team's lock, the
     * impact of approved leave after the commit (as in {@link #create}).
     */
    public AbsenceResponse decide(long teamId, long absenceId, boolean approve, String note) {
        return withImpact(
                QuarkusTransaction.requiringNew().call(() -> storeDecision(teamId, absenceId, approve, note)));
    }

    private Stored storeDecision(long teamId, long absenceId, boolean approve, String note) {
        Caller caller = callers.requireDirects(teamId);
        Team team = teams.visibleTeam(teamId);
        // decisions of a team one at a time, like change approvals: a change approved meanwhile sees this leave
        teams.lockForChanges(teamId);
        Absence absence = absenceOf(teamId, absenceId);
        if (absence.status != AbsenceStatus.REQUESTED) {
            throw new ConflictException("absence " + absenceId + " is " + absence.status + " already");
        }
        Object before = auditView(absence);
        absence.status = approve ? AbsenceStatus.APPROVED : AbsenceStatus.REJECTED;
        absence.decision = Decision.of(caller.name(), clock.instant(), note);
        audit.record(
                teamId,
                approve ? "absence.approve" : "absence.reject",
                "absence",
                absenceId,
                before,
                auditView(absence),
                note,
                null);
        AbsenceResponse response = toResponse(absence, caller, teamId, Member.idOf(teamId, caller.name()));
        if (approve) {
            fireApproved(absence, team);
            return new Stored(response, absence);
        }
        return new Stored(response, null);
    }

    @Transactional
    public void delete(long teamId, long absenceId) {
        teams.visibleTeam(teamId);
        Caller caller = callers.current();
        Absence absence = absenceOf(teamId, absenceId);
        boolean own = Objects.equals(Member.idOf(teamId, caller.name()), absence.memberId);
        if (!caller.directs(teamId) && !(own && absence.status == AbsenceStatus.REQUESTED)) {
            throw new io.quarkus.security.ForbiddenException(
                    "members may withdraw only their own requests that are not decided yet");
        }
        audit.record(teamId, "absence.delete", "absence", absenceId, auditView(absence), null, null, null);
        absence.delete();
    }

    private Absence absenceOf(long teamId, long absenceId) {
        return Absence.<Absence>find("id = ?1 and teamId = ?2", absenceId, teamId)
                .firstResultOptional()
                .orElseThrow(() -> new NotFoundException("absence", absenceId));
    }

    private void fireApproved(Absence absence, Team team) {
        approvedEvents.fire(new AbsenceApproved(
                absence.id, team.id, absence.memberId, absence.startIn(team.zone()), absence.endIn(team.zone())));
    }

    /** The audit keeps dates, kind and status, never the personal note. */
    private static Object auditView(Absence a) {
        return java.util.Map.of(
                "memberId",
                a.memberId,
                "start",
                a.startDate.toString(),
                "end",
                a.endDate.toString(),
                "kind",
                a.kind,
                "status",
                a.status);
    }

    private static AbsenceResponse toResponse(Absence a, Caller caller, long teamId, Long ownMemberId) {
        boolean mayReadNotes = caller.directs(teamId) || Objects.equals(ownMemberId, a.memberId);
        boolean pendingOfOther = !mayReadNotes && a.status == AbsenceStatus.REQUESTED;
        return new AbsenceResponse(
                a.id,
                a.memberId,
                a.startDate,
                a.endDate,
                pendingOfOther ? null : a.kind,
                a.status,
                mayReadNotes ? a.note : null,
                a.requestedBy,
                a.requestedAt,
                Decision.by(a.decision),
                Decision.at(a.decision),
                mayReadNotes ? Decision.note(a.decision) : null,
                null);
    }
}
