package org.standby.compensation;

/** Rounding of reported numbers: hours to 3 decimals (0.125 h stays exact), money to cents. */
public final class Rounding {

    private Rounding() {
    }

    public static double hours(double value) {
        return Math.round(value * 1000.0) / 1000.0;
    }

    public static double money(double value) {
        return Math.round(value * 100.0) / 100.0;
    }
}
