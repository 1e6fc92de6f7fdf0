package org.standby.agreement;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.standby.agreement.dto.AgreementDocument;
import org.standby.agreement.dto.CostResponse;
import org.standby.agreement.dto.CoverageCheckResponse;
import org.standby.agreement.dto.FragilityResponse;
import org.standby.agreement.dto.OptionsRequest;
import org.standby.agreement.dto.OptionsResponse;
import org.standby.calendar.DayType;
import org.standby.team.Team;
import org.standby.team.TeamService;

/**
 * The leadership report: one document, as HTML with print styles and as PDF made from the same HTML by
 * openhtmltopdf (its Batik plug-in draws the inline SVG charts). The options it weighs are chosen from the
 * agreement itself: every round-the-clock school-day promise shortened to 08:00-22:00, the service with a named
 * vendor for which the team covers the most hours moved to that vendor, a half-time member added, and weekend and
 * holiday duty paid at {@link #WEEKEND_PAY_PER_HOUR} an hour instead of time off.
 */
@ApplicationScoped
public class AgreementReport {

    /** The amount per weekend or holiday standby hour the "pay instead of time off" option assumes. */
    static final double WEEKEND_PAY_PER_HOUR = 4.0;

    @Inject
    AgreementService agreements;

    @Inject
    AgreementAnalysis analysis;

    @Inject
    TeamService teams;

    @Transactional(Transactional.TxType.NEVER)
    public String html(long teamId, Integer version, LocalDate from, LocalDate to) {
        AgreementService.Resolved agreement = agreements.resolve(teamId, version);
        Team team = teams.visibleTeam(teamId);
        CoverageCheckResponse check = analysis.check(teamId, agreement.number(), from, to, false);
        CostResponse cost = analysis.cost(teamId, agreement.number(), from, to);
        FragilityResponse fragility = analysis.fragility(teamId, agreement.number(), from, to, null, null);
        OptionsResponse options = analysis.options(
                teamId,
                new OptionsRequest(agreement.number(), from, to, null, null, defaultOptions(agreement.document())));
        return ReportHtml.render(new ReportHtml.Model(
                team.name, team.zone(), agreement, check, cost, fragility, options, team.maxHoursOnCallPerMonth));
    }

    @Transactional(Transactional.TxType.NEVER)
    public byte[] pdf(long teamId, Integer version, LocalDate from, LocalDate to) {
        return toPdf(html(teamId, version, from, to));
    }

    /** The PDF of a report's HTML (well-formed XHTML, as {@link ReportHtml} writes it). */
    public static byte[] toPdf(String html) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<OptionsRequest.Option> defaultOptions(AgreementDocument document) {
        List<OptionsRequest.Option> options = new ArrayList<>();
        boolean roundTheClockTerm = document.services().stream()
                .anyMatch(s ->
                        s.promises().stream().anyMatch(p -> p.dayType() == DayType.TERM && p.cover() == Cover.ALWAYS));
        if (roundTheClockTerm) {
            options.add(new OptionsRequest.Option(
                    OptionKind.SHORTEN_PROMISE,
                    null,
                    DayType.TERM,
                    java.time.LocalTime.of(8, 0),
                    java.time.LocalTime.of(22, 0),
                    null,
                    null,
                    null,
                    null));
        }
        // the service with a vendor that the team covers most hours for
        document.services().stream()
                .filter(s -> s.vendor() != null
                        && s.promises().stream().anyMatch(p -> p.cover().teamPromise()))
                .max(Comparator.comparingInt(s -> s.promises().stream()
                        .mapToInt(p -> DayWindows.minutes(DayWindows.of(p)))
                        .sum()))
                .ifPresent(s -> options.add(new OptionsRequest.Option(
                        OptionKind.MOVE_TO_VENDOR, s.name(), null, null, null, s.vendor(), null, null, null)));
        options.add(new OptionsRequest.Option(
                OptionKind.ADD_PART_TIMER,
                null,
                null,
                null,
                null,
                null,
                "Part-time technician",
                new BigDecimal("0.5"),
                null));
        options.add(new OptionsRequest.Option(
                OptionKind.PAY_WEEKENDS, null, null, null, null, null, null, null, WEEKEND_PAY_PER_HOUR));
        return options;
    }
}
