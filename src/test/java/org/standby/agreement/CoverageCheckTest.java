package org.standby.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.standby.agreement.dto.AgreementDocument;
import org.standby.calendar.DayType;
import org.standby.policy.CoveragePolicy;
import org.standby.policy.CoverageRules;
import org.standby.policy.ShiftTemplate;
import org.standby.policy.dto.PolicyDocument;

class CoverageCheckTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    static AgreementDocument.Promise hours(DayType dayType, String start, String end) {
        return new AgreementDocument.Promise(dayType, Cover.HOURS, LocalTime.parse(start), LocalTime.parse(end), 60);
    }

    static AgreementDocument.Promise always(DayType dayType) {
        return new AgreementDocument.Promise(dayType, Cover.ALWAYS, null, null, 60);
    }

    static AgreementDocument document(List<AgreementDocument.Service> services) {
        return new AgreementDocument(services, null, null, null, null);
    }

    static AgreementDocument.Service service(String name, AgreementDocument.Promise... promises) {
        return new AgreementDocument.Service(name, null, Tier.CRITICAL, null, List.of(promises));
    }

    @Test
    void aPromiseNoShiftCoversIsAGapWithItsDaysAndHours() {
        // Wi-Fi 24 h on school days; the team at work 08:00-18:00 (default); on call only 18:00-22:00
        CoveragePolicy policy = new CoveragePolicy(
                List.of(new ShiftTemplate(
                        "Evening", Set.of(DayType.TERM), LocalTime.of(18, 0), LocalTime.of(22, 0), 1, 1)),
                CoverageRules.defaults());
        List<CoverageCheck.Finding> findings = CoverageCheck.check(
                document(List.of(service("Wi-Fi", always(DayType.TERM)))),
                policy,
                BERLIN,
                LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 3, 3),
                d -> DayType.TERM);
        assertThat(findings)
                .extracting(f -> f.kind() + " " + f.dayType() + " " + f.start() + "-" + f.end() + " " + f.services()
                        + " x" + f.dates() + " " + f.hours())
                .containsExactly("GAP TERM 00:00-08:00 [Wi-Fi] x3 24.0", "GAP TERM 22:00-24:00 [Wi-Fi] x3 6.0");
        assertThat(findings.get(0).firstDate()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(findings.get(0).lastDate()).isEqualTo(LocalDate.of(2027, 3, 3));
    }

    @Test
    void aShiftNoPromiseNeedsIsUnneeded() {
        // the default weeknight 18:00-08:00, but the only promise is 07:00-18:00 on school days; weekends promise
        // nothing
        List<CoverageCheck.Finding> findings = CoverageCheck.check(
                document(List.of(service("SIS", hours(DayType.TERM, "07:00", "18:00")))),
                CoveragePolicy.defaultPolicy(),
                BERLIN,
                LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 3, 2),
                d -> DayType.TERM);
        // 07:00-08:00 is covered by the night before, 08:00-18:00 by the team at work: no gap
        assertThat(findings)
                .extracting(f -> f.kind() + " " + f.start() + "-" + f.end() + " x" + f.dates())
                .containsExactly("UNNEEDED 00:00-07:00 x2", "UNNEEDED 18:00-24:00 x2");
    }

    @Test
    void theImpliedPolicyKeepsAShiftOnlyWhereAPromiseNeedsItAndClipsIt() {
        AgreementDocument document = document(List.of(
                service(
                        "Wi-Fi",
                        hours(DayType.TERM, "08:00", "22:00"),
                        always(DayType.WEEKEND),
                        new AgreementDocument.Promise(DayType.SUMMER, Cover.BEST_EFFORT, null, null, null)),
                new AgreementDocument.Service(
                        "Door access",
                        null,
                        Tier.CRITICAL,
                        "SecureDoor GmbH",
                        List.of(new AgreementDocument.Promise(DayType.PUBLIC_HOLIDAY, Cover.VENDOR, null, null, 30)))));
        CoveragePolicy implied = ImpliedPolicy.of(CoveragePolicy.defaultPolicy(), document);
        assertThat(implied.shifts())
                .extracting(t -> t.name() + " " + t.dayTypes() + " " + t.start() + "-" + t.end())
                .containsExactly("Weeknight [TERM] 18:00-22:00", "Weekend day [WEEKEND] 08:00-08:00");
        assertThat(AgreementValidator.errorsOf(document.withPolicy(PolicyDocument.of(implied))))
                .isEmpty();
    }

    @Test
    void dayTypesWithDifferentNeedsBecomeTemplatesOfTheirOwn() {
        AgreementDocument document =
                document(List.of(service("E-mail", hours(DayType.TERM, "08:00", "22:00"), always(DayType.BREAK))));
        CoveragePolicy implied = ImpliedPolicy.of(CoveragePolicy.defaultPolicy(), document);
        assertThat(implied.shifts())
                .extracting(t -> t.name() + " " + t.dayTypes() + " " + t.start() + "-" + t.end())
                .containsExactly("Weeknight [BREAK] 18:00-08:00", "Weeknight (TERM) [TERM] 18:00-22:00");
    }
}
