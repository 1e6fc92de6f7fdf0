package org.standby.rota;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.standby.calendar.CalendarService;
import org.standby.calendar.DayType;
import org.standby.leave.Absence;
import org.standby.leave.AbsenceService;
import org.standby.policy.CoveragePolicy;
import org.standby.policy.PlannedShift;
import org.standby.policy.PolicyService;
import org.standby.policy.ShiftExpander;
import org.standby.policy.rules.LoadLimits;
import org.standby.policy.rules.RestWindows;
import org.standby.rota.engine.EngineMember;
import org.standby.rota.engine.MemberId;
import org.standby.rota.engine.RotaProblem;
import org.standby.team.Member;
import org.standby.team.MemberService;
import org.standby.team.Team;
import org.standby.time.TimeRange;

/**
 * Gathers what the engine needs for a team and a date range: the shifts the policy asks for on the team's
 * calendar, and the members with their FTE, active window, approved leave and the deviation carried over from
 * the team's last published rota before the range.
 */
@ApplicationScoped
public class RotaPlanner {

    @Inject
    PolicyService policies;

    @Inject
    CalendarService calendar;

    @Inject
    MemberService members;

    @Inject
    AbsenceService absences;

    /** The planned shifts for a range: the team's policy expanded over its calendar, in its zone. */
    public List<PlannedShift> plannedShifts(Team team, LocalDate from, LocalDate to) {
        CoveragePolicy policy = policies.policyOf(team.id);
        Map<LocalDate, DayType> dayTypes = calendar.dayTypes(team.id, from, to);
        return ShiftExpander.expand(policy, team.zone(), from, to, dayTypes::get);
    }

    /** The members as the engine sees them over the range, with leave and carried deviation. */
    public List<EngineMember> engineMembers(Team team, LocalDate from, LocalDate to, Long rotaIdToSkip) {
        ZoneId zone = team.zone();
        Map<Long, List<TimeRange>> leave = new HashMap<>();
        // one day either side: a night shift that starts the evening before leave overlaps it
        for (Absence absence : absences.approvedOverlapping(team.id, from.minusDays(1), to.plusDays(1))) {
            leave.computeIfAbsent(absence.memberId, id -> new ArrayList<>())
                    .add(new TimeRange(absence.startIn(zone), absence.endIn(zone)));
        }
        Map<Long, Double> carried = carriedDeviation(team.id, from, rotaIdToSkip);
        List<EngineMember> result = new ArrayList<>();
        for (Member member : members.membersOf(team.id)) {
            result.add(new EngineMember(
                    MemberId.of(member.id),
                    member.name,
                    member.fte.doubleValue(),
                    member.activeFrom,
                    member.activeUntil,
                    leave.getOrDefault(member.id, List.of()),
                    carried.getOrDefault(member.id, 0.0)));
        }
        return result;
    }

    /** A fresh problem for the range. */
    public RotaProblem problem(Team team, LocalDate from, LocalDate to, Long rotaIdToSkip) {
        CoveragePolicy policy = policies.policyOf(team.id);
        return new RotaProblem(
                team.zone(),
                plannedShifts(team, from, to),
                engineMembers(team, from, to, rotaIdToSkip),
                policy.rules(),
                Map.of(),
                Map.of(),
                loadLimitsOf(team),
                restGroups(team, policy, from, to));
    }

    /**
     * The windows the policy's unplugged-time rules keep free over the range, for the engine (none without such
     * rules): the same {@link RestWindows} the load report checks.
     */
    public List<RestWindows.Group> restGroups(Team team, CoveragePolicy policy, LocalDate from, LocalDate to) {
        if (policy.unplugged() == null) {
            return List.of();
        }
        return policy.unplugged().windows(team.zone(), from, to, calendar.dayTypes(team.id, from, to));
    }

    /** The team's load thresholds as the engine and the load report read them. */
    public static LoadLimits loadLimitsOf(Team team) {
        return new LoadLimits(team.maxHoursOnCallPerMonth, team.maxWeekendsPerMonth, team.maxNightsInARow);
    }

    /**
     * The deviation each member carries into a rota starting on {@code from}: the balance stored when the team's
     * latest published rota before that date was published. Balances are cumulative (each rota's fair share
     * already includes what was carried into it), so only the latest counts.
     */
    public Map<Long, Double> carriedDeviation(long teamId, LocalDate from, Long rotaIdToSkip) {
        Rota previous = Rota.<Rota>find(
                        "teamId = ?1 and status <> ?2 and toDate < ?3 and id <> ?4 "
                                + "and publishedAt is not null order by toDate desc, id desc",
                        teamId,
                        RotaStatus.DRAFT,
                        from,
                        rotaIdToSkip == null ? -1L : rotaIdToSkip)
                .firstResult();
        Map<Long, Double> carried = new HashMap<>();
        if (previous != null) {
            for (RotaBalance balance : RotaBalance.<RotaBalance>list("rotaId", previous.id)) {
                carried.put(balance.memberId, balance.deviation.doubleValue());
            }
        }
        return carried;
    }
}
