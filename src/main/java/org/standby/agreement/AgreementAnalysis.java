package org.standby.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.standby.agreement.dto.AgreementDocument;
import org.standby.agreement.dto.CostFigures;
import org.standby.agreement.dto.CostResponse;
import org.standby.agreement.dto.CoverageCheckResponse;
import org.standby.agreement.dto.FragilityResponse;
import org.standby.agreement.dto.OptionsRequest;
import org.standby.agreement.dto.OptionsResponse;
import org.standby.calendar.CalendarService;
import org.standby.calendar.DayType;
import org.standby.common.InvalidFieldException;
import org.standby.common.ProblemResponse.FieldError;
import org.standby.leave.AbsenceKind;
import org.standby.load.WhatIfService;
import org.standby.load.dto.LoadResponse;
import org.standby.load.dto.WhatIfRequest;
import org.standby.policy.CoveragePolicy;
import org.standby.team.Member;
import org.standby.team.MemberService;
import org.standby.team.Team;
import org.standby.team.TeamService;
import org.standby.time.ReportRange;
import org.standby.time.Rounding;

/**
 * The agreement measured: coverage check, cost, fragility and options. Every figure comes from rotas the what-if
 * engine plans for the agreement's implied policy ({@link WhatIfService#scenario}); nothing is stored.
 */
@ApplicationScoped
public class AgreementAnalysis {

    @Inject
    AgreementService agreements;

    @Inject
    WhatIfService whatIf;

    @Inject
    TeamService teams;

    @Inject
    MemberService members;

    @Inject
    CalendarService calendar;

    /** The default range of the analyses: the twelve months from the first of next month. */
    public static LocalDate[] defaultRange(LocalDate today, LocalDate from, LocalDate to) {
        LocalDate start = from != null ? from : today.withDayOfMonth(1).plusMonths(1);
        LocalDate end = to != null ? to : start.plusYears(1).minusDays(1);
        ReportRange.check(start, end);
        return new LocalDate[] {start, end};
    }

    @Transactional(Transactional.TxType.NEVER)
    public CoverageCheckResponse check(long teamId, Integer version, LocalDate from, LocalDate to, boolean implied) {
        AgreementService.Resolved agreement = agreements.resolve(teamId, version);
        ReportRange.check(from, to);
        Team team = teams.visibleTeam(teamId);
        Map<LocalDate, DayType> dayTypes = calendar.dayTypes(teamId, from.minusDays(1), to);
        List<CoverageCheck.Finding> findings = CoverageCheck.check(
                agreement.document(),
                implied ? agreement.implied() : agreement.policy(),
                team.zone(),
                from,
                to,
                dayTypes::get);
        double gaps = findings.stream()
                .filter(f -> f.kind() == CoverageCheck.Kind.GAP)
                .mapToDouble(CoverageCheck.Finding::hours)
                .sum();
        double unneeded = findings.stream()
                .filter(f -> f.kind() == CoverageCheck.Kind.UNNEEDED)
                .mapToDouble(CoverageCheck.Finding::hours)
                .sum();
        return new CoverageCheckResponse(
                agreement.number(),
                implied ? "IMPLIED" : "AGREEMENT",
                from,
                to,
                Rounding.hours(gaps),
                Rounding.hours(unneeded),
                findings);
    }

    @Transactional(Transactional.TxType.NEVER)
    public CostResponse cost(long teamId, Integer version, LocalDate from, LocalDate to) {
        AgreementService.Resolved agreement = agreements.resolve(teamId, version);
        Measured measured =
                measure(teamId, agreement.document(), agreement.implied(), from, to, List.of(), List.of(), null);
        CostCalculator.Cost cost = measured.cost();
        double perYear = 365.0 / cost.days();
        return new CostResponse(
                agreement.number(),
                from,
                to,
                agreement.implied().compensation().mode(),
                agreement.document().assumptionsOrDefault(),
                CostFigures.of(cost.total(), 1),
                CostFigures.of(cost.total(), perYear),
                cost.months().stream()
                        .map(m -> new CostResponse.Month(m.month().toString(), CostFigures.of(m.figures(), 1)))
                        .toList(),
                cost.members().stream()
                        .map(m -> new CostResponse.Member(m.memberId(), m.name(), CostFigures.of(m.figures(), 1)))
                        .toList(),
                measured.scenario().load().totals().uncoveredHours(),
                measured.unplugged());
    }

    @Transactional(Transactional.TxType.NEVER)
    public FragilityResponse fragility(
            long teamId, Integer version, LocalDate from, LocalDate to, LocalDate awayFrom, LocalDate awayTo) {
        AgreementService.Resolved agreement = agreements.resolve(teamId, version);
        ReportRange.check(from, to);
        LocalDate start = awayFrom == null ? from : awayFrom;
        LocalDate end = awayTo == null ? to : awayTo;
        if (end.isBefore(start)) {
            throw new InvalidFieldException("awayTo", "must not be before awayFrom");
        }
        List<Member> order = awayOrder(teamId, from, to);
        List<FragilityResponse.Row> rows = new ArrayList<>();
        Integer breaksAt = null;
        for (int away = 0; away < Math.max(1, order.size()); away++) {
            List<WhatIfRequest.Absence> absences = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (Member member : order.subList(0, away)) {
                absences.add(new WhatIfRequest.Absence(member.id, start, end, AbsenceKind.SICK));
                names.add(member.name);
            }
            Measured measured =
                    measure(teamId, agreement.document(), agreement.implied(), from, to, absences, List.of(), null);
            LoadResponse load = measured.scenario().load();
            double uncovered = load.totals().uncoveredHours();
            if (breaksAt == null && uncovered > 0) {
                breaksAt = away;
            }
            rows.add(new FragilityResponse.Row(
                    away,
                    names,
                    load.totals().coverPromisedHours(),
                    uncovered,
                    uncovered == 0,
                    load.months().stream()
                            .map(m ->
                                    new FragilityResponse.Month(m.month(), m.coverPromisedHours(), m.uncoveredHours()))
                            .toList(),
                    breaches(load),
                    measured.unplugged()));
        }
        return new FragilityResponse(agreement.number(), from, to, start, end, rows, breaksAt);
    }

    @Transactional(Transactional.TxType.NEVER)
    public OptionsResponse options(long teamId, OptionsRequest request) {
        AgreementService.Resolved agreement = agreements.resolve(teamId, request.version());
        LocalDate from = request.from();
        LocalDate to = request.to();
        ReportRange.check(from, to);
        LocalDate awayFrom = request.awayFrom() == null ? from : request.awayFrom();
        LocalDate awayTo = request.awayTo() == null ? to : request.awayTo();
        if (awayTo.isBefore(awayFrom)) {
            throw new InvalidFieldException("awayTo", "must not be before awayFrom");
        }
        List<Member> order = awayOrder(teamId, from, to);
        List<WhatIfRequest.Absence> oneAway = order.isEmpty()
                ? List.of()
                : List.of(new WhatIfRequest.Absence(order.get(0).id, awayFrom, awayTo, AbsenceKind.SICK));
        OptionsResponse.Effect baseline = effect(
                "as agreed", teamId, agreement.document(), agreement.policy(), from, to, oneAway, List.of(), null);
        List<OptionsResponse.Effect> effects = new ArrayList<>();
        for (int i = 0; i < request.options().size(); i++) {
            OptionsRequest.Option option = request.options().get(i);
            String at = "options[" + i + "]";
            AgreementDocument document = agreement.document();
            List<WhatIfRequest.NewMember> added = List.of();
            Double weekendPay = null;
            String label;
            switch (option.kind()) {
                case DROP_PROMISE -> {
                    DayType dayType = required(option.dayType(), at + ".dayType");
                    for (AgreementDocument.Service service : services(document, option, dayType, at)) {
                        document = replace(document, service, dayType, Cover.NONE, null, null);
                    }
                    label = "drop " + subject(option) + " on " + DAY_WORDS.get(dayType);
                }
                case SHORTEN_PROMISE -> {
                    DayType dayType = required(option.dayType(), at + ".dayType");
                    required(option.start(), at + ".start");
                    required(option.end(), at + ".end");
                    for (AgreementDocument.Service service : services(document, option, dayType, at)) {
                        document = replace(document, service, dayType, Cover.HOURS, option.start(), option.end());
                    }
                    label = subject(option) + " on " + DAY_WORDS.get(dayType) + " only " + option.start() + "-"
                            + option.end();
                }
                case MOVE_TO_VENDOR -> {
                    AgreementDocument.Service service = service(document, option, at);
                    String vendor = option.vendor() == null || option.vendor().isBlank()
                            ? "a vendor"
                            : option.vendor().strip();
                    document = toVendor(document, service, vendor);
                    label = service.name() + " to " + vendor;
                }
                case ADD_PART_TIMER -> {
                    String name = option.name() == null || option.name().isBlank()
                            ? "Part-timer"
                            : option.name().strip();
                    BigDecimal fte = option.fte() == null ? new BigDecimal("0.5") : option.fte();
                    added = List.of(new WhatIfRequest.NewMember(name, fte));
                    label = "add " + name + " (FTE " + fte.stripTrailingZeros().toPlainString() + ")";
                }
                case PAY_WEEKENDS -> {
                    weekendPay = required(option.payPerHour(), at + ".payPerHour");
                    label = "pay weekend and holiday duty at " + Rounding.text(weekendPay, 2) + " an hour";
                }
                default -> throw new InvalidFieldException(at + ".kind", "unknown");
            }
            List<FieldError> errors = AgreementValidator.errorsOf(document);
            if (!errors.isEmpty()) {
                throw new InvalidFieldException(
                        at, errors.get(0).field() + " " + errors.get(0).message());
            }
            effects.add(effect(label, teamId, document, agreement.policy(), from, to, oneAway, added, weekendPay));
        }
        return new OptionsResponse(agreement.number(), from, to, baseline, effects);
    }

    private OptionsResponse.Effect effect(
            String label,
            long teamId,
            AgreementDocument document,
            CoveragePolicy policy,
            LocalDate from,
            LocalDate to,
            List<WhatIfRequest.Absence> oneAway,
            List<WhatIfRequest.NewMember> added,
            Double weekendPay) {
        CoveragePolicy implied = ImpliedPolicy.of(policy, document);
        Measured whole = measure(teamId, document, implied, from, to, List.of(), added, weekendPay);
        Measured away = measure(teamId, document, implied, from, to, oneAway, added, weekendPay);
        LoadResponse load = whole.scenario().load();
        Set<String> over = new LinkedHashSet<>();
        load.members().stream().filter(m -> !m.thresholdBreaches().isEmpty()).forEach(m -> over.add(m.name()));
        return new OptionsResponse.Effect(
                label,
                CostFigures.of(whole.cost().total(), 1),
                load.totals().coverPromisedHours(),
                load.totals().uncoveredHours(),
                away.scenario().load().totals().uncoveredHours(),
                List.copyOf(over),
                whole.unplugged().size());
    }

    /** A rota planned for the policy with the changes, and what it costs and leaves of the rest rules. */
    record Measured(
            WhatIfService.Scenario scenario, CostCalculator.Cost cost, List<LoadResponse.UnpluggedGap> unplugged) {}

    Measured measure(
            long teamId,
            AgreementDocument document,
            CoveragePolicy implied,
            LocalDate from,
            LocalDate to,
            List<WhatIfRequest.Absence> absences,
            List<WhatIfRequest.NewMember> added,
            Double weekendPay) {
        Team team = teams.visibleTeam(teamId);
        WhatIfService.Scenario scenario =
                whatIf.scenario(teamId, implied, new WhatIfRequest(from, to, absences, added, null, null));
        List<CostCalculator.Member> people = scenario.load().members().stream()
                .map(m -> new CostCalculator.Member(m.ref(), m.name()))
                .toList();
        CostCalculator.Cost cost = CostCalculator.cost(
                scenario.shifts(),
                people,
                team.zone(),
                from,
                to,
                implied.compensation(),
                document.assumptionsOrDefault(),
                weekendPay);
        List<LoadResponse.UnpluggedGap> unplugged = scenario.load().unplugged() == null
                ? List.of()
                : scenario.load().unplugged();
        return new Measured(scenario, cost, unplugged);
    }

    private static List<FragilityResponse.Breach> breaches(LoadResponse load) {
        List<FragilityResponse.Breach> result = new ArrayList<>();
        for (LoadResponse.MemberLoad m : load.members()) {
            for (LoadResponse.Breach b : m.thresholdBreaches()) {
                result.add(new FragilityResponse.Breach(m.ref(), m.name(), b.kind(), b.month(), b.value(), b.limit()));
            }
        }
        return result;
    }

    /** The members active in the range, in the order they are taken away: highest FTE first, then by id. */
    private List<Member> awayOrder(long teamId, LocalDate from, LocalDate to) {
        List<Member> result = new ArrayList<>();
        for (Member member : members.membersOf(teamId)) {
            if ((member.activeFrom == null || !member.activeFrom.isAfter(to))
                    && (member.activeUntil == null || !member.activeUntil.isBefore(from))) {
                result.add(member);
            }
        }
        result.sort(Comparator.comparing((Member m) -> m.fte).reversed().thenComparing(m -> m.id));
        return result;
    }

    private static final Map<DayType, String> DAY_WORDS = Map.of(
            DayType.TERM,
            "school days",
            DayType.BREAK,
            "break days",
            DayType.SUMMER,
            "summer days",
            DayType.WEEKEND,
            "weekends",
            DayType.PUBLIC_HOLIDAY,
            "public holidays");

    private static String subject(OptionsRequest.Option option) {
        return option.service() == null || option.service().isBlank()
                ? "every promise"
                : option.service().strip();
    }

    /** The service the option names, or (none named) every service the team covers on that day type. */
    private static List<AgreementDocument.Service> services(
            AgreementDocument document, OptionsRequest.Option option, DayType dayType, String at) {
        if (option.service() != null && !option.service().isBlank()) {
            return List.of(service(document, option, at));
        }
        return document.services().stream()
                .filter(s -> s.promises().stream()
                        .anyMatch(p -> p.dayType() == dayType && p.cover().teamPromise()))
                .toList();
    }

    private static AgreementDocument.Service service(
            AgreementDocument document, OptionsRequest.Option option, String at) {
        if (option.service() == null || option.service().isBlank()) {
            throw new InvalidFieldException(at + ".service", "is required for " + option.kind());
        }
        return document.services().stream()
                .filter(s -> s.name().strip().equalsIgnoreCase(option.service().strip()))
                .findFirst()
                .orElseThrow(() -> new InvalidFieldException(
                        at + ".service", "no service '" + option.service() + "' in the agreement"));
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidFieldException(field, "is required for this option");
        }
        return value;
    }

    static AgreementDocument replace(
            AgreementDocument document,
            AgreementDocument.Service service,
            DayType dayType,
            Cover cover,
            java.time.LocalTime start,
            java.time.LocalTime end) {
        List<AgreementDocument.Service> services = new ArrayList<>();
        for (AgreementDocument.Service s : document.services()) {
            if (s != service) {
                services.add(s);
                continue;
            }
            List<AgreementDocument.Promise> promises = new ArrayList<>();
            Integer response = null;
            for (AgreementDocument.Promise p : s.promises()) {
                if (p.dayType() == dayType) {
                    response = p.responseMinutes();
                } else {
                    promises.add(p);
                }
            }
            promises.add(
                    new AgreementDocument.Promise(dayType, cover, start, end, cover == Cover.NONE ? null : response));
            services.add(new AgreementDocument.Service(s.name(), s.owner(), s.tier(), s.vendor(), promises));
        }
        return document.withServices(services);
    }

    static AgreementDocument toVendor(AgreementDocument document, AgreementDocument.Service service, String vendor) {
        List<AgreementDocument.Service> services = new ArrayList<>();
        for (AgreementDocument.Service s : document.services()) {
            if (s != service) {
                services.add(s);
                continue;
            }
            services.add(new AgreementDocument.Service(
                    s.name(),
                    s.owner(),
                    s.tier(),
                    vendor,
                    s.promises().stream()
                            .map(p -> p.cover().teamPromise()
                                    ? new AgreementDocument.Promise(
                                            p.dayType(), Cover.VENDOR, null, null, p.responseMinutes())
                                    : p)
                            .toList()));
        }
        return document.withServices(services);
    }
}
