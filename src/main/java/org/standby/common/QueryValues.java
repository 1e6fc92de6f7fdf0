package org.standby.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Parses query parameters that JAX-RS would answer with a bare 404 when malformed: a bad date or instant in the
 * query is the client's mistake, answered 400 naming the parameter.
 */
public final class QueryValues {

    private QueryValues() {
    }

    /** An optional ISO date such as 2027-06-30; null when absent. */
    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(name, "must be a date such as 2027-06-30, not '" + value + "'");
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
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(name,
                    "must be an instant with offset such as 2027-06-30T18:00:00+02:00, not '" + value + "'");
        }
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
