package org.standby.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** CDI producers for the plain calendar classes. */
public class CalendarBeans {

    @Produces
    @ApplicationScoped
    HolidayCalendar holidayCalendar() {
        return new HolidayCalendar();
    }
}
