package org.standby.calendar;

import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.util.Locale;
import org.standby.common.InvalidFieldException;

/** Public holidays by region code (ISO 3166-1 country or ISO 3166-2 subdivision), from Jollyday. */
public class HolidayCalendar {

    public boolean isSupported(String region) {
        if (region == null || region.isBlank()) {
            return false;
        }
        String[] parts = region.toLowerCase(Locale.ROOT).split("-", 2);
        if (!HolidayManager.getSupportedCalendarCodes().stream().anyMatch(code -> code.equalsIgnoreCase(parts[0]))) {
            return false;
        }
        if (parts.length == 1) {
            return true;
        }
        HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(parts[0]));
        return manager.getCalendarHierarchy().getChildren().keySet().stream()
                .anyMatch(child -> child.equalsIgnoreCase(parts[1]));
    }

    public void requireSupported(String field, String region) {
        if (!isSupported(region)) {
            throw new InvalidFieldException(field, "unknown holiday region '" + region
                    + "'; use an ISO 3166 code such as DE-HE, IT or GB-ENG (GET /api/holidays/regions lists all)");
        }
    }
}
