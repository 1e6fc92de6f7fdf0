package org.standby.agreement.dto;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.standby.agreement.CoverageCheck;

@Schema(
        name = "AgreementCoverageCheck",
        description = "the promises checked against a policy, date by date: GAP "
                + "(promised hours neither working hours nor a shift cover) and UNNEEDED (on-call hours no promise asks "
                + "for), grouped by day type and local hours with their dates. checked: AGREEMENT (the document's policy) "
                + "or IMPLIED (the policy signing adopts)")
public record CoverageCheckResponse(
        int version,
        String checked,
        LocalDate from,
        LocalDate to,
        double gapHours,
        double unneededHours,
        List<CoverageCheck.Finding> findings) {}
