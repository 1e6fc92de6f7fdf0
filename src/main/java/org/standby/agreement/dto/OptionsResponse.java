package org.standby.agreement.dto;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "AgreementOptions",
        description = "the agreement as it is (baseline) and each option: cost, promised "
                + "and uncovered hours with the whole team and with one member away (the highest FTE) from awayFrom to "
                + "awayTo, members breaching the load thresholds, unplugged-rule gaps")
public record OptionsResponse(int version, LocalDate from, LocalDate to, Effect baseline, List<Effect> options) {

    @Schema(name = "AgreementOptionEffect")
    public record Effect(
            String label,
            CostFigures cost,
            double promisedHours,
            double uncoveredHours,
            double uncoveredHoursOneAway,
            List<String> membersOverThresholds,
            int unpluggedGaps) {}
}
