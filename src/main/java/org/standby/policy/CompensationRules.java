package org.standby.policy;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.standby.calendar.DayType;

/**
 * What being on call earns. Pure data, part of a {@link CoveragePolicy}.
 *
 * @param mode                  {@link CompensationMode#TIME_OFF} (rates are hours off per standby hour) or
 *                              {@link CompensationMode#PAY} (rates are an amount of money per standby hour)
 * @param standbyRates          per day type of the shift (the day type of the date it starts on); every day type is
 *                              present, a day type a team left out earns 0
 * @param calloutMultiplier     a confirmed call-out counts {@code max(minutes, calloutMinimumMinutes) x multiplier}
 * @param calloutMinimumMinutes the shortest duration a call-out counts for (a 10-minute call still costs the evening)
 * @param calloutPayPerHour     PAY mode only: the amount paid per counted call-out hour; ignored for TIME_OFF
 */
public record CompensationRules(
        CompensationMode mode,
        Map<DayType, Double> standbyRates,
        double calloutMultiplier,
        int calloutMinimumMinutes,
        double calloutPayPerHour) {

    /** Default mode: time off in lieu. */
    public static final CompensationMode DEFAULT_MODE = CompensationMode.TIME_OFF;
    /** Default call-out multiplier: an hour of work at night counts one and a half. */
    public static final double DEFAULT_CALLOUT_MULTIPLIER = 1.5;
    /** Default minimum counted call-out: one hour. */
    public static final int DEFAULT_CALLOUT_MINIMUM_MINUTES = 60;

    public CompensationRules {
        mode = mode == null ? DEFAULT_MODE : mode;
        EnumMap<DayType, Double> complete = new EnumMap<>(DayType.class);
        for (DayType dayType : DayType.values()) {
            Double rate = standbyRates == null ? null : standbyRates.get(dayType);
            complete.put(dayType, rate == null ? 0.0 : rate);
        }
        standbyRates = Collections.unmodifiableMap(complete);
    }

    /**
     * The documented defaults, time off in lieu: a standby hour on a school, break or summer day earns 1/8 h
     * (0.125, so a 14 h weeknight earns 1.75 h), on a weekend 1/4 h (0.25, a weekend day 6 h) and on a public
     * holiday 1/2 h (0.5, a holiday 12 h); call-outs count at least 60 minutes, times 1.5.
     */
    public static CompensationRules defaults() {
        return new CompensationRules(
                DEFAULT_MODE, defaultRates(), DEFAULT_CALLOUT_MULTIPLIER, DEFAULT_CALLOUT_MINIMUM_MINUTES, 0);
    }

    /** The default standby rates per day type, in hours off per standby hour. */
    public static Map<DayType, Double> defaultRates() {
        EnumMap<DayType, Double> rates = new EnumMap<>(DayType.class);
        rates.put(DayType.TERM, 0.125);
        rates.put(DayType.BREAK, 0.125);
        rates.put(DayType.SUMMER, 0.125);
        rates.put(DayType.WEEKEND, 0.25);
        rates.put(DayType.PUBLIC_HOLIDAY, 0.5);
        return rates;
    }

    /** The rate of a day type. */
    public double rateOf(DayType dayType) {
        return standbyRates.getOrDefault(dayType, 0.0);
    }
}
