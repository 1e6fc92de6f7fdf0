package org.standby.calendar;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.standby.calendar.dto.HolidayResponse;
import org.standby.calendar.dto.RegionResponse;
import org.standby.common.QueryValues;
import org.standby.security.Roles;

@Path("/api/holidays")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calendar")
public class HolidayResource {

    @Inject
    CalendarService calendar;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MEMBER, Roles.VIEWER})
    @Operation(
            summary = "Public holidays of a region in a year",
            description = "region: ISO 3166-1 country or ISO 3166-2 subdivision (DE-HE, IT, GB-ENG, US-NY), "
                    + "case-insensitive; year defaults to the current one")
    @APIResponse(responseCode = "200", description = "holidays by date")
    @APIResponse(
            responseCode = "400",
            description =
                    "missing or unknown region (the answer names the supported " + "ones), or a year outside 1900-2200")
    public List<HolidayResponse> holidays(@QueryParam("region") String region, @QueryParam("year") String year) {
        return calendar.publicHolidays(region, QueryValues.number("year", year));
    }

    @GET
    @Path("/regions")
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MEMBER, Roles.VIEWER})
    @Operation(summary = "Every supported holiday region code with its name")
    @APIResponse(responseCode = "200", description = "regions by code: countries, subdivisions and deeper levels")
    public List<RegionResponse> regions() {
        return calendar.regions();
    }
}
