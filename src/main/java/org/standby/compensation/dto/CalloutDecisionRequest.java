package org.standby.compensation.dto;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CalloutDecisionRequest")
public record CalloutDecisionRequest(@Size(max = 1000) String note) {}
