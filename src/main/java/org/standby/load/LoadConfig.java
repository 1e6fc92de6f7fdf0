package org.standby.load;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Thresholds of the load report, prefix {@code standby.load} (environment: STANDBY_LOAD_MAX_HOURS_ON_CALL_PER_MONTH,
 * ...). A value above a threshold is flagged, never refused.
 */
@ConfigMapping(prefix = "standby.load")
public interface LoadConfig {

    /** Hours on call in a calendar month for a full-time member (scaled by FTE and by active days). */
    @WithDefault("160")
    double maxHoursOnCallPerMonth();

    /** Weekends a month on which a member is on call on Saturday or Sunday at noon. */
    @WithDefault("2")
    int maxWeekendsPerMonth();

    /** Nights in a row on call (on call at 03:00 local time). */
    @WithDefault("3")
    int maxNightsInARow();

    default LoadLimits limits() {
        return new LoadLimits(maxHoursOnCallPerMonth(), maxWeekendsPerMonth(), maxNightsInARow());
    }
}
