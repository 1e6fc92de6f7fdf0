package org.standby.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.standby.calendar.DayType;
import org.standby.common.InvalidFieldException;
import org.standby.common.ProblemResponse.FieldError;

/**
 * Checks a {@link CoveragePolicy} before it is stored or used. All problems are collected and reported together,
 * each with a JSON-path-like field name such as {@code shifts[1].weight} or {@code rules.minRestHours}.
 */
public final class PolicyValidator {

    /** Upper bound for a shift weight; anything above is almost certainly a typo. */
    public static final double MAX_WEIGHT = 100;
    /** Upper bound for the headcount of one shift. */
    public static final int MAX_HEADCOUNT = 50;
    /** Upper bound for {@link CoverageRules#minRestHours()}. */
    public static final int MAX_REST_HOURS = 72;
    /** Upper bound for {@link CoverageRules#maxConsecutiveDays()}. */
    public static final int MAX_CONSECUTIVE_DAYS = 31;
    /** Upper bound for {@link CoverageRules#maxShiftsPerWeek()}. */
    public static final int MAX_SHIFTS_PER_WEEK = 100;
    /** Upper bound for the length of a shift name. */
    public static final int MAX_NAME_LENGTH = 100;

    private static final int DAY_MINUTES = 24 * 60;

    private PolicyValidator() {}

    /**
     * Validates the policy.
     *
     * @throws InvalidFieldException listing every invalid field if anything is wrong
     */
    public static void validate(CoveragePolicy policy) {
        List<FieldError> errors = errorsOf(policy);
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
    }

    /** The problems of the policy, in field order; empty if it is valid. */
    public static List<FieldError> errorsOf(CoveragePolicy policy) {
        List<FieldError> errors = new ArrayList<>();
        if (policy == null) {
            errors.add(new FieldError("policy", "is required"));
            return errors;
        }
        List<ShiftTemplate> shifts = policy.shifts();
        if (shifts.isEmpty()) {
            errors.add(new FieldError("shifts", "needs at least one shift"));
        }
        Map<String, Integer> firstIndexByName = new HashMap<>();
        for (int i = 0; i < shifts.size(); i++) {
            ShiftTemplate shift = shifts.get(i);
            String path = "shifts[" + i + "]";
            if (shift == null) {
                errors.add(new FieldError(path, "is required"));
                continue;
            }
            if (shift.name() == null || shift.name().isBlank()) {
                errors.add(new FieldError(path + ".name", "must not be empty"));
            } else if (shift.name().length() > MAX_NAME_LENGTH) {
                errors.add(new FieldError(path + ".name", "must be at most " + MAX_NAME_LENGTH + " characters"));
            } else {
                Integer first = firstIndexByName.putIfAbsent(shift.name().strip(), i);
                if (first != null) {
                    errors.add(new FieldError(path + ".name", "duplicates the name of shifts[" + first + "]"));
                }
            }
            if (shift.dayTypes().isEmpty()) {
                errors.add(new FieldError(path + ".dayTypes", "needs at least one day type"));
            }
            if (shift.start() == null) {
                errors.add(new FieldError(path + ".start", "is required"));
            }
            if (shift.end() == null) {
                errors.add(new FieldError(path + ".end", "is required"));
            }
            if (Double.isNaN(shift.weight()) || shift.weight() < 0) {
                errors.add(new FieldError(path + ".weight", "must not be negative"));
            } else if (shift.weight() > MAX_WEIGHT) {
                errors.add(new FieldError(path + ".weight", "must be at most " + (int) MAX_WEIGHT));
            }
            if (shift.headcount() < 1) {
                errors.add(new FieldError(path + ".headcount", "must be at least 1"));
            } else if (shift.headcount() > MAX_HEADCOUNT) {
                errors.add(new FieldError(path + ".headcount", "must be at most " + MAX_HEADCOUNT));
            }
        }
        addOverlapErrors(shifts, errors);
        addRuleErrors(policy.rules(), errors);
        return errors;
    }

    /**
     * Two templates that share a day type must not overlap: neither on the same date nor when the earlier date's
     * shift runs past midnight into the next date of the same type.
     */
    private static void addOverlapErrors(List<ShiftTemplate> shifts, List<FieldError> errors) {
        for (int j = 0; j < shifts.size(); j++) {
            ShiftTemplate later = shifts.get(j);
            if (!hasTimes(later)) {
                continue;
            }
            for (int i = 0; i < j; i++) {
                ShiftTemplate earlier = shifts.get(i);
                if (!hasTimes(earlier)) {
                    continue;
                }
                for (DayType dayType : DayType.values()) {
                    if (earlier.dayTypes().contains(dayType)
                            && later.dayTypes().contains(dayType)
                            && overlap(earlier, later)) {
                        errors.add(new FieldError(
                                "shifts[" + j + "]",
                                "overlaps shifts[" + i + "] (" + earlier.name() + ") on " + dayType + " days"));
                        break;
                    }
                }
            }
        }
    }

    private static boolean hasTimes(ShiftTemplate shift) {
        return shift != null && shift.start() != null && shift.end() != null;
    }

    private static boolean overlap(ShiftTemplate a, ShiftTemplate b) {
        int aStart = a.start().toSecondOfDay() / 60;
        long aEnd = aStart + a.nominalMinutes();
        int bStart = b.start().toSecondOfDay() / 60;
        long bEnd = bStart + b.nominalMinutes();
        for (int offset : new int[] {-DAY_MINUTES, 0, DAY_MINUTES}) {
            if (aStart < bEnd + offset && bStart + offset < aEnd) {
                return true;
            }
        }
        return false;
    }

    private static void addRuleErrors(CoverageRules rules, List<FieldError> errors) {
        if (rules == null) {
            errors.add(new FieldError("rules", "is required"));
            return;
        }
        if (rules.minRestHours() < 0 || rules.minRestHours() > MAX_REST_HOURS) {
            errors.add(new FieldError("rules.minRestHours", "must be between 0 and " + MAX_REST_HOURS));
        }
        if (rules.maxConsecutiveDays() < 1 || rules.maxConsecutiveDays() > MAX_CONSECUTIVE_DAYS) {
            errors.add(new FieldError("rules.maxConsecutiveDays", "must be between 1 and " + MAX_CONSECUTIVE_DAYS));
        }
        if (rules.maxShiftsPerWeek() < 1 || rules.maxShiftsPerWeek() > MAX_SHIFTS_PER_WEEK) {
            errors.add(new FieldError("rules.maxShiftsPerWeek", "must be between 1 and " + MAX_SHIFTS_PER_WEEK));
        }
    }
}
