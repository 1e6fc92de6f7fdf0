package org.standby.agreement.dto;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.standby.agreement.CostCalculator;
import org.standby.calendar.DayType;
import org.standby.time.Rounding;

@Schema(
        name = "AgreementCostFigures",
        description = "standby hours, call-out hours (real and counted), "
                + "compensation as hours off (TIME_OFF) and money (PAY, or weekend pay), and the shares of the standby hours "
                + "on weekends, public holidays and in summer (0..1)")
public record CostFigures(
        double standbyHours,
        double calloutHours,
        double countedCalloutHours,
        double timeOffHours,
        double money,
        double weekendShare,
        double publicHolidayShare,
        double summerShare,
        Map<DayType, Double> hoursByDayType) {

    public static CostFigures of(CostCalculator.Figures f, double factor) {
        java.util.Map<DayType, Double> hours = new java.util.EnumMap<>(DayType.class);
        f.hoursByDayType().forEach((d, h) -> hours.put(d, Rounding.hours(h * factor)));
        return new CostFigures(
                Rounding.hours(f.standbyHours() * factor),
                Rounding.hours(f.calloutHours() * factor),
                Rounding.hours(f.countedCalloutHours() * factor),
                Rounding.hours(f.timeOffHours() * factor),
                Rounding.hours(f.money() * factor),
                Rounding.hours(f.share(DayType.WEEKEND)),
                Rounding.hours(f.share(DayType.PUBLIC_HOLIDAY)),
                Rounding.hours(f.share(DayType.SUMMER)),
                hours);
    }
}
