package org.standby.compensation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.standby.calendar.DayType;
import org.standby.compensation.dto.CompensationResponse;
import org.standby.policy.CompensationRules;
import org.standby.policy.PolicyService;
import org.standby.rota.RotaService;
import org.standby.rota.dto.ShiftResponse;
import org.standby.security.Caller;
import org.standby.security.CallerService;
import org.standby.team.Member;
import org.standby.team.MemberService;
import org.standby.team.Team;
import org.standby.team.TeamService;
import org.standby.time.Hours;
import org.standby.time.ReportRange;
import org.standby.time.Rounding;
import org.standby.time.StandbyPeriod;

/**
 * The compensation ledger of a team over a date range: earned by standby (published shifts) and confirmed call-outs,
 * taken as time off, and the balance. The arithmetic is {@link CompensationCalculator}'s. Directors and admins see
 * every member; a member sees their own line; viewers see nothing.
 */
@ApplicationScoped
public class CompensationService {

    /** The CSV columns, in order. */
    public static final List<String> CSV_HEADER = csvHeader();

    @Inject
    CallerService callers;

    @Inject
    TeamService teams;

    @Inject
    MemberService members;

    @Inject
    PolicyService policies;

    @Inject
    RotaService rotas;

    @Inject
    CalloutService callouts;

    @Inject
    TimeOffService timeOff;

    public CompensationResponse ledger(long teamId, LocalDate from, LocalDate to) {
        ReportRange.check(from, to);
        Team team = teams.visibleTeam(teamId);
        Caller caller = callers.current();
        ZoneId zone = team.zone();
        CompensationRules rules = policies.policyOf(teamId).compensation();
        List<Member> teamMembers = members.membersOf(teamId);
        Map<String, Member> byId = new LinkedHashMap<>();
        teamMembers.forEach(m -> byId.put(String.valueOf(m.id), m));
        Map<String, CompensationCalculator.Line> lines = CompensationCalculator.ledger(
                byId.keySet(),
                publishedPeriods(teamId, from, to),
                callouts.confirmed(teamId, Hours.rangeStart(from, zone), Hours.rangeEnd(to, zone)),
                timeOff.taken(teamId, from, to),
                rules,
                zone,
                from,
                to);
        Long only = caller.directs(teamId) ? null : Member.idOf(teamId, caller.name());
        boolean director = caller.directs(teamId);
        List<CompensationResponse.MemberLine> rows = new ArrayList<>();
        for (CompensationCalculator.Line line : lines.values()) {
            long memberId = Long.parseLong(line.memberId());
            if (!director && (only == null || only != memberId)) {
                continue;
            }
            Member member = byId.get(line.memberId());
            rows.add(toLine(memberId, member == null ? line.memberId() : member.name, line));
        }
        return new CompensationResponse(
                from,
                to,
                rules.mode(),
                rules.standbyRates(),
                rules.calloutMultiplier(),
                rules.calloutMinimumMinutes(),
                rows);
    }

    /** The ledger as RFC 4180 CSV (UTF-8 with BOM, CRLF); the same rows as {@link #ledger}. */
    public byte[] ledgerCsv(long teamId, LocalDate from, LocalDate to) {
        CompensationResponse ledger = ledger(teamId, from, to);
        List<List<CompensationCsvRenderer.Cell>> rows = new ArrayList<>();
        for (CompensationResponse.MemberLine line : ledger.members()) {
            List<CompensationCsvRenderer.Cell> row = new ArrayList<>();
            row.add(CompensationCsvRenderer.number(line.memberId()));
            row.add(CompensationCsvRenderer.text(line.name()));
            row.add(CompensationCsvRenderer.text(ledger.from().toString()));
            row.add(CompensationCsvRenderer.text(ledger.to().toString()));
            for (DayType dayType : DayType.values()) {
                row.add(CompensationCsvRenderer.number(line.standbyHours().get(dayType)));
            }
            row.add(CompensationCsvRenderer.number(line.standbyTotalHours()));
            row.add(CompensationCsvRenderer.number(line.callouts()));
            row.add(CompensationCsvRenderer.number(line.calloutHours()));
            row.add(CompensationCsvRenderer.number(line.earnedHours()));
            row.add(
                    line.earnedPay() == null
                            ? CompensationCsvRenderer.text("")
                            : CompensationCsvRenderer.number(line.earnedPay()));
            row.add(CompensationCsvRenderer.number(line.takenHours()));
            row.add(CompensationCsvRenderer.number(line.balanceHours()));
            rows.add(row);
        }
        return CompensationCsvRenderer.bytes(CSV_HEADER, rows);
    }

    /** Published shifts of the team touching the range, as the calculators see them (access checked). */
    public List<StandbyPeriod> publishedPeriods(long teamId, LocalDate from, LocalDate to) {
        List<StandbyPeriod> periods = new ArrayList<>();
        for (ShiftResponse shift : rotas.teamShifts(teamId, from, to, null)) {
            periods.add(new StandbyPeriod(
                    shift.memberId() == null ? null : String.valueOf(shift.memberId()),
                    shift.date(),
                    shift.dayType(),
                    shift.start().toInstant(),
                    shift.end().toInstant()));
        }
        return periods;
    }

    private static CompensationResponse.MemberLine toLine(
            long memberId, String name, CompensationCalculator.Line line) {
        Map<DayType, Double> standby = new EnumMap<>(DayType.class);
        line.standbyHours().forEach((dayType, hours) -> standby.put(dayType, Rounding.hours(hours)));
        return new CompensationResponse.MemberLine(
                memberId,
                name,
                standby,
                Rounding.hours(line.standbyTotalHours()),
                line.callouts(),
                line.calloutMinutes(),
                Rounding.hours(line.calloutHours()),
                Rounding.hours(line.earnedHours()),
                line.earnedPay() == null ? null : Rounding.money(line.earnedPay()),
                Rounding.hours(line.takenHours()),
                Rounding.hours(line.balanceHours()));
    }

    private static List<String> csvHeader() {
        List<String> header = new ArrayList<>(List.of("memberId", "name", "from", "to"));
        for (DayType dayType : DayType.values()) {
            header.add("standbyHours." + dayType.name());
        }
        header.addAll(List.of(
                "standbyTotalHours",
                "callouts",
                "calloutHours",
                "earnedHours",
                "earnedPay",
                "takenHours",
                "balanceHours"));
        return List.copyOf(header);
    }
}
