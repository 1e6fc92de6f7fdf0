package org.standby.load;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.standby.calendar.CalendarService;
import org.standby.calendar.DayType;
import org.standby.compensation.CompensationService;
import org.standby.load.dto.LoadResponse;
import org.standby.policy.CoveragePolicy;
import org.standby.policy.PlannedShift;
import org.standby.policy.PolicyService;
import org.standby.policy.ShiftExpander;
import org.standby.policy.rules.LoadLimits;
import org.standby.rota.RotaPlanner;
import org.standby.rota.engine.EngineMember;
import org.standby.rota.engine.MemberId;
import org.standby.security.CallerService;
import org.standby.team.Member;
import org.standby.team.MemberService;
import org.standby.team.Team;
import org.standby.team.TeamService;
import org.standby.time.ReportRange;
import org.standby.time.Rounding;
import org.standby.time.StandbyPeriod;

/**
 * The load report of a team's published shifts, measured by {@link LoadCalculator} against the policy's rules and
 * the configured thresholds. Members and directors see it; only directors see the compensation owed.
 */
@ApplicationScoped
public class LoadService {

    public static final String PUBLISHED = "PUBLISHED";
    public static final String GENERATED = "GENERATED";
    public static final String SCENARIO = "SCENARIO";

    @Inject
    CallerService callers;

    @Inject
    TeamService teams;

    @Inject
    MemberService members;

    @Inject
    PolicyService policies;

    @Inject
    CalendarService calendar;

    @Inject
    CompensationService compensation;

    public LoadResponse report(long teamId, LocalDate from, LocalDate to) {
        ReportRange.check(from, to);
        Team team = teams.visibleTeam(teamId);
        CoveragePolicy policy = policies.policyOf(teamId);
        List<StandbyPeriod> shifts = compensation.publishedPeriods(teamId, from, to);
        List<LoadCalculator.LoadMember> loadMembers = new ArrayList<>();
        for (Member member : members.membersOf(teamId)) {
            loadMembers.add(new LoadCalculator.LoadMember(
                    refOf(MemberId.of(member.id)),
                    member.name,
                    member.fte.doubleValue(),
                    member.activeFrom,
                    member.activeUntil));
        }
        LoadCalculator.Report report =
                compute(team, from, to, shifts, periods(plan(team, policy, from, to)), loadMembers, policy);
        return withUnplugged(
                toResponse(
                        report, from, to, PUBLISHED, policy, callers.current().directs(teamId)),
                team,
                policy,
                shifts,
                loadMembers);
    }

    /**
     * The shifts a policy asks for over the range, from the day before {@code from} (its night reaches into the
     * range) to {@code to}, on the team's calendar.
     */
    List<PlannedShift> plan(Team team, CoveragePolicy policy, LocalDate from, LocalDate to) {
        Map<LocalDate, DayType> dayTypes = calendar.dayTypes(team.id, from.minusDays(1), to);
        return ShiftExpander.expand(policy, team.zone(), from.minusDays(1), to, dayTypes::get);
    }

    static List<StandbyPeriod> periods(List<PlannedShift> planned) {
        return planned.stream()
                .map(p -> new StandbyPeriod(null, p.date(), p.dayType(), p.start(), p.end()))
                .toList();
    }

    static List<LoadCalculator.LoadMember> loadMembers(List<EngineMember> engineMembers) {
        return engineMembers.stream()
                .map(m -> new LoadCalculator.LoadMember(
                        refOf(m.id()), m.name(), m.fte(), m.activeFrom(), m.activeUntil()))
                .toList();
    }

    /**
     * The member's ref in the load report ({@link LoadResponse.MemberLoad#ref()}) and in {@link StandbyPeriod}: the
     * member id, or {@code new-1}, {@code new-2}, ... for the members a what-if adds; {@code null} for none.
     */
    static String refOf(MemberId id) {
        if (id == null) {
            return null;
        }
        return id.isHypothetical() ? "new-" + id.hypotheticalNumber() : Long.toString(id.value());
    }

    LoadCalculator.Report compute(
            Team team,
            LocalDate from,
            LocalDate to,
            List<StandbyPeriod> shifts,
            List<StandbyPeriod> promised,
            List<LoadCalculator.LoadMember> loadMembers,
            CoveragePolicy policy) {
        Set<LocalDate> holidays = new HashSet<>();
        calendar.dayTypes(team.id, from, to).forEach((date, type) -> {
            if (type == DayType.PUBLIC_HOLIDAY) {
                holidays.add(date);
            }
        });
        return LoadCalculator.report(new LoadCalculator.Input(
                team.zone(),
                from,
                to,
                loadMembers,
                shifts,
                promised,
                holidays,
                policy.rules(),
                policy.compensation(),
                RotaPlanner.loadLimitsOf(team)));
    }

    LoadResponse toResponse(
            LoadCalculator.Report report,
            LocalDate from,
            LocalDate to,
            String source,
            CoveragePolicy policy,
            boolean showMoney) {
        LoadLimits limits = report.limits();
        List<LoadResponse.MemberLoad> rows =
                report.members().stream().map(LoadService::toMember).toList();
        List<LoadResponse.Month> months = report.months().stream()
                .map(m -> new LoadResponse.Month(
                        m.month().toString(),
                        Rounding.hours(m.coverPromisedHours()),
                        Rounding.hours(m.hoursCarried()),
                        Rounding.hours(m.uncoveredHours()),
                        showMoney ? Rounding.hours(m.compensationOwed()) : null))
                .toList();
        LoadCalculator.Totals t = report.totals();
        LoadResponse.Totals totals = new LoadResponse.Totals(
                Rounding.hours(t.coverPromisedHours()),
                Rounding.hours(t.hoursCarried()),
                Rounding.hours(t.uncoveredHours()),
                showMoney ? Rounding.hours(t.compensationOwed()) : null,
                t.nights(),
                t.uncoveredShifts());
        return new LoadResponse(
                from,
                to,
                source,
                new LoadResponse.Thresholds(
                        limits.maxHoursOnCallPerMonth(), limits.maxWeekendsPerMonth(), limits.maxNightsInARow()),
                new LoadResponse.Rules(
                        policy.rules().minRestHours(),
                        policy.rules().maxConsecutiveDays(),
                        policy.rules().maxShiftsPerWeek()),
                policy.compensation().mode(),
                rows,
                months,
                totals,
                null);
    }

    /**
     * The report with the gaps of the policy's unplugged rules in these shifts (none when the policy sets no
     * rules): the members' weekends and breaks in the range, on the team's calendar.
     */
    LoadResponse withUnplugged(
            LoadResponse response,
            Team team,
            CoveragePolicy policy,
            List<StandbyPeriod> shifts,
            List<LoadCalculator.LoadMember> loadMembers) {
        if (policy.unplugged() == null) {
            return response;
        }
        List<UnpluggedCheck.Gap> gaps = UnpluggedCheck.check(
                shifts,
                loadMembers.stream()
                        .map(m -> new UnpluggedCheck.Member(m.id(), m.name()))
                        .toList(),
                team.zone(),
                response.from(),
                response.to(),
                calendar.dayTypes(team.id, response.from(), response.to()),
                policy.unplugged());
        return response.withUnplugged(gaps.stream()
                .map(g -> new LoadResponse.UnpluggedGap(
                        g.kind().name(), g.memberId(), g.name(), g.period(), g.free(), g.required()))
                .toList());
    }

    private static LoadResponse.MemberLoad toMember(LoadCalculator.MemberLoad m) {
        boolean hypothetical = !m.memberId().chars().allMatch(Character::isDigit);
        return new LoadResponse.MemberLoad(
                m.memberId(),
                hypothetical ? null : Long.valueOf(m.memberId()),
                m.name(),
                hypothetical,
                m.fte(),
                m.shifts(),
                Rounding.hours(m.hoursOnCall()),
                m.nights(),
                m.weekendDays(),
                m.publicHolidays(),
                Rounding.hours(m.shareOfNights()),
                m.longestNightRun(),
                m.longestRunWithoutFreeWeekend(),
                m.flagged(),
                m.months().stream()
                        .map(x -> new LoadResponse.MemberMonth(
                                x.month().toString(),
                                Rounding.hours(x.hoursOnCall()),
                                Rounding.hours(x.hoursLimit()),
                                x.nights(),
                                x.weekends()))
                        .toList(),
                m.ruleBreaches().stream()
                        .map(b -> new LoadResponse.Breach(
                                b.rule().name(), b.date(), null, Rounding.hours(b.value()), b.limit(), b.detail()))
                        .toList(),
                m.thresholdBreaches().stream()
                        .map(b -> new LoadResponse.Breach(
                                b.threshold().name(),
                                b.date(),
                                b.month().toString(),
                                Rounding.hours(b.value()),
                                Rounding.hours(b.limit()),
                                null))
                        .toList());
    }
}
