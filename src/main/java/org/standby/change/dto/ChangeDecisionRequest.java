package org.standby.change.dto;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "ChangeDecisionRequest",
        description = "a director's decision; breachReason is required to approve "
                + "a change that breaks a coverage rule, and is recorded in the audit trail")
public record ChangeDecisionRequest(
        @Size(max = 1000) String note, @Size(max = 1000) String breachReason) {}
