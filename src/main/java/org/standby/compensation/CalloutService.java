package org.standby.compensation;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.standby.audit.AuditService;
import org.standby.common.ConflictException;
import org.standby.common.Decision;
import org.standby.common.InvalidFieldException;
import org.standby.common.NotFoundException;
import org.standby.compensation.dto.CalloutRequest;
import org.standby.compensation.dto.CalloutResponse;
import org.standby.policy.CompensationRules;
import org.standby.policy.PolicyService;
import org.standby.rota.Rota;
import org.standby.rota.RotaStatus;
import org.standby.rota.Shift;
import org.standby.security.Caller;
import org.standby.security.CallerService;
import org.standby.team.Member;
import org.standby.team.Team;
import org.standby.team.TeamService;
import org.standby.time.Rounding;

/**
 * Call-outs: a member logs work done during their own published shift (a director may log it for the member on
 * call) once it is over, never for a shift that has not started; a director confirms or rejects it. Only confirmed call-outs count in the ledger.
 */
@ApplicationScoped
public class CalloutService {

    @Inject
    Clock clock;

    @Inject
    CallerService callers;

    @Inject
    TeamService teams;

    @Inject
    PolicyService policies;

    @Inject
    AuditService audit;

    @Transactional
    public CalloutResponse log(long teamId, CalloutRequest request) {
        Team team = teams.visibleTeam(teamId);
        Caller caller = callers.current();
        Shift shift = Shift.<Shift>find("id = ?1 and teamId = ?2", request.shiftId(), teamId)
                .firstResultOptional()
                .filter(s -> Rota.<Rota>findByIdOptional(s.rotaId)
                        .map(r -> r.status == RotaStatus.PUBLISHED)
                        .orElse(false))
                .orElseThrow(() -> new InvalidFieldException(
                        "shiftId", "no published shift " + request.shiftId() + " in this team"));
        if (shift.memberId == null) {
            throw new InvalidFieldException("shiftId", "shift " + shift.id + " has nobody on call");
        }
        if (!caller.directs(teamId) && !Objects.equals(Member.idOf(teamId, caller.name()), shift.memberId)) {
            throw new io.quarkus.security.ForbiddenException("members log call-outs only during their own shifts");
        }
        Instant start = request.start().toInstant();
        ZoneId zone = team.zone();
        // a call-out records work done: only on a shift that has started, never ahead of time
        Instant now = clock.instant();
        if (shift.start.isAfter(now)) {
            throw new InvalidFieldException(
                    "shiftId",
                    "shift " + shift.id + " has not started yet (it starts "
                            + shift.start.atZone(zone).toOffsetDateTime()
                            + "); a call-out is logged once it has happened");
        }
        if (start.isBefore(shift.start) || !start.isBefore(shift.end)) {
            throw new InvalidFieldException(
                    "start",
                    "must be within the shift, from "
                            + shift.start.atZone(zone).toOffsetDateTime() + " to before "
                            + shift.end.atZone(zone).toOffsetDateTime());
        }
        if (start.isAfter(now)) {
            throw new InvalidFieldException(
                    "start",
                    "must not be in the future (now is " + now.atZone(zone).toOffsetDateTime() + ")");
        }
        Instant end = start.plusSeconds(request.minutes() * 60L);
        if (end.isAfter(now)) {
            throw new InvalidFieldException(
                    "minutes",
                    "the call-out would end at " + end.atZone(zone).toOffsetDateTime()
                            + ", after now; log it once it is over");
        }
        for (Callout other : Callout.<Callout>list(
                "memberId = ?1 and status <> ?2 and start < ?3 and start > ?4",
                shift.memberId,
                CalloutStatus.REJECTED,
                end,
                start.minusSeconds(24 * 3600L))) {
            if (other.start.plusSeconds(other.minutes * 60L).isAfter(start)) {
                throw new ConflictException("overlaps call-out " + other.id + " starting "
                        + other.start.atZone(zone).toOffsetDateTime());
            }
        }
        Callout callout = new Callout();
        callout.teamId = teamId;
        callout.memberId = shift.memberId;
        callout.shiftId = shift.id;
        callout.start = start;
        callout.minutes = request.minutes();
        callout.note = request.note();
        callout.status = CalloutStatus.PENDING;
        callout.loggedBy = caller.name();
        callout.loggedAt = clock.instant();
        callout.persist();
        audit.record(teamId, "callout.log", "callout", callout.id, null, auditView(callout), null, null);
        return toResponse(callout, zone, policies.policyOf(teamId).compensation());
    }

    /** Call-outs of the team, optionally by status; members see their own only. */
    public List<CalloutResponse> list(long teamId, CalloutStatus status, Long memberId) {
        Team team = teams.visibleTeam(teamId);
        Caller caller = callers.current();
        StringBuilder query = new StringBuilder("teamId = :team");
        Parameters params = Parameters.with("team", teamId);
        Long only = caller.directs(teamId) ? memberId : Member.idOf(teamId, caller.name());
        if (!caller.directs(teamId) && only == null) {
            return List.of();
        }
        if (only != null) {
            query.append(" and memberId = :member");
            params.and("member", only);
        }
        if (status != null) {
            query.append(" and status = :status");
            params.and("status", status);
        }
        CompensationRules rules = policies.policyOf(teamId).compensation();
        return Callout.<Callout>list(query.append(" order by start, id").toString(), params).stream()
                .map(c -> toResponse(c, team.zone(), rules))
                .toList();
    }

    @Transactional
    public CalloutResponse decide(long teamId, long calloutId, boolean confirm, String note) {
        Caller caller = callers.requireDirects(teamId);
        Team team = teams.visibleTeam(teamId);
        Callout callout = Callout.<Callout>find("id = ?1 and teamId = ?2", calloutId, teamId)
                .firstResultOptional()
                .orElseThrow(() -> new NotFoundException("call-out", calloutId));
        if (callout.status != CalloutStatus.PENDING) {
            throw new ConflictException("call-out " + calloutId + " is " + callout.status + " already");
        }
        Object before = auditView(callout);
        callout.status = confirm ? CalloutStatus.CONFIRMED : CalloutStatus.REJECTED;
        callout.decision = Decision.of(caller.name(), clock.instant(), note);
        audit.record(
                teamId,
                confirm ? "callout.confirm" : "callout.reject",
                "callout",
                calloutId,
                before,
                auditView(callout),
                note,
                null);
        return toResponse(callout, team.zone(), policies.policyOf(teamId).compensation());
    }

    /** Confirmed call-outs of a team starting in {@code [from, to)}, for the ledger. */
    public List<CompensationCalculator.CalloutEntry> confirmed(long teamId, Instant from, Instant to) {
        return Callout.<Callout>list(
                        "teamId = ?1 and status = ?2 and start >= ?3 and start < ?4 order by start, id",
                        teamId,
                        CalloutStatus.CONFIRMED,
                        from,
                        to)
                .stream()
                .map(c -> new CompensationCalculator.CalloutEntry(String.valueOf(c.memberId), c.start, c.minutes))
                .toList();
    }

    /** The audit keeps times, minutes and status, not the free-text note. */
    private static Object auditView(Callout c) {
        return Map.of(
                "memberId",
                c.memberId,
                "shiftId",
                c.shiftId,
                "start",
                c.start.toString(),
                "minutes",
                c.minutes,
                "status",
                c.status);
    }

    private static CalloutResponse toResponse(Callout c, ZoneId zone, CompensationRules rules) {
        return new CalloutResponse(
                c.id,
                c.memberId,
                c.shiftId,
                c.start.atZone(zone).toOffsetDateTime(),
                c.minutes,
                Rounding.hours(CompensationCalculator.countedCalloutHours(c.minutes, rules)),
                c.note,
                c.status,
                c.loggedBy,
                c.loggedAt,
                Decision.by(c.decision),
                Decision.at(c.decision),
                Decision.note(c.decision));
    }
}
