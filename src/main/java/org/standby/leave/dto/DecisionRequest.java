package org.standby.leave.dto;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DecisionRequest")
public record DecisionRequest(@Size(max = 1000) String note) {}
