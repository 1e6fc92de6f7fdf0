package org.standby.calendar;

import java.util.List;

/** What an import of a school calendar would create, and which events it skips, with why. */
public record ImportPlan(List<PeriodCandidate> created, List<Skipped> skipped) {

    /** An event that does not become a period: its summary, UID, start as written, line and the reason. */
    public record Skipped(String summary, String uid, String start, int line, String reason) {}

    public ImportPlan {
        created = List.copyOf(created);
        skipped = List.copyOf(skipped);
    }
}
