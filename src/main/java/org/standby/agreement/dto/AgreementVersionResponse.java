package org.standby.agreement.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.standby.agreement.AgreementStatus;
import org.standby.policy.dto.PolicyDocument;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
        name = "AgreementVersion",
        description =
                "a version of the coverage agreement; number 0 is the unwritten "
                        + "promise (24/7 for everything, the team's policy) shown while no version exists. current: the signed "
                        + "one. impliedPolicy: the policy signing adopts (the document's policy, kept where a promise needs it)")
public record AgreementVersionResponse(
        int number,
        AgreementStatus status,
        boolean current,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        Instant proposedAt,
        String proposedBy,
        Instant signedAt,
        String signedBy,
        String signedNote,
        String recordedBy,
        AgreementDocument document,
        PolicyDocument impliedPolicy) {}
