package org.standby.time;

import java.math.BigDecimal;

/**
 * The one rounding of reported numbers (half up, away from floating noise): hours to 3 decimals (0.125 h stays
 * exact), money to cents, weights and fairness to 2 decimals, and the same as short text for messages.
 */
public final class Rounding {

    private Rounding() {}

    /** {@code value} rounded to {@code decimals} places. */
    public static double to(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }

    public static double hours(double value) {
        return to(value, 3);
    }

    public static double money(double value) {
        return to(value, 2);
    }

    /** Loads, fair shares and counts in weight units (a weeknight = 1). */
    public static double weight(double value) {
        return to(value, 2);
    }

    /** {@code value} rounded to {@code decimals} places as plain text without trailing zeros ("10", "9.5"). */
    public static String text(double value, int decimals) {
        return BigDecimal.valueOf(to(value, decimals)).stripTrailingZeros().toPlainString();
    }
}
