package org.standby.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * CDI producers for the plain calendar classes. The holiday calendar is also the application's
 * {@link org.standby.common.HolidayRegions}; it loads nothing until first asked, so start-up stays fast.
 */
public class CalendarBeans {

    @Produces
    @ApplicationScoped
    HolidayCalendar holidayCalendar() {
        return new HolidayCalendar();
    }

    @Produces
    @ApplicationScoped
    IcsPeriodImporter icsPeriodImporter() {
        return new IcsPeriodImporter();
    }
}
