package org.standby.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * Parses query parameters that JAX-RS would answer with a bare 404 when malformed: a bad date or instant in the
 * query is the client's mistake, answered 400 naming the parameter.
 */
public final class QueryValues {

    /** Four-digit years only: no sign, no fifth digit ({@code -0001-01-01} and {@code +10000-01-01} are refused). */
    private static final DateTimeFormatter ISO_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private QueryValues() {}

    /**
     * An optional ISO date such as 2027-06-30, of the years {@value StrictJson#FIRST_YEAR}..{@value
     * StrictJson#LAST_YEAR} like every date of a body ({@link StrictJson}); null when absent.
     */
    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip(), ISO_DATE);
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(name, "must be a date such as 2027-06-30, not '" + value + "'");
        }
        requireYear(name, date.getYear(), value);
        return date;
    }

    private static void requireYear(String name, int year, String value) {
        if (year < StrictJson.FIRST_YEAR || year > StrictJson.LAST_YEAR) {
            throw new InvalidFieldException(
                    name,
                    "must be of a year from " + StrictJson.FIRST_YEAR + " to " + StrictJson.LAST_YEAR + ", not '"
                            + value + "'");
        }
    }

    /** A required ISO date. */
    public static LocalDate requiredDate(String name, String value) {
        LocalDate date = date(name, value);
        if (date == null) {
            throw new InvalidFieldException(name, "is required (a date such as 2027-06-30)");
        }
        return date;
    }

    /** An optional instant with offset such as 2027-06-30T18:00:00+02:00 (or Z); null when absent. */
    public static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        OffsetDateTime instant;
        try {
            instant = OffsetDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(
                    name, "must be an instant with offset such as 2027-06-30T18:00:00+02:00, not '" + value + "'");
        }
        requireYear(name, instant.getYear(), value);
        return instant.toInstant();
    }

    /** An optional whole number; null when absent. */
    public static Long number(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidFieldException(name, "must be a whole number, not '" + value + "'");
        }
    }

    /** An optional enum constant, case-insensitive; null when absent. */
    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value.strip())) {
                return constant;
            }
        }
        throw new InvalidFieldException(name, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }
}
