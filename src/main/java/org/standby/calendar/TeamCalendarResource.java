package org.standby.calendar;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.standby.calendar.dto.CalendarDayResponse;
import org.standby.calendar.dto.DayOverrideRequest;
import org.standby.calendar.dto.DayOverrideResponse;
import org.standby.common.Created;
import org.standby.common.QueryValues;
import org.standby.security.Roles;

@Path("/api/teams/{teamId}/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Calendar")
public class TeamCalendarResource {

    @Inject
    CalendarService calendar;

    @Inject
    DayOverrideService overrides;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MEMBER, Roles.VIEWER})
    @Operation(
            summary = "Each day of a team's calendar with its day type",
            description = "dayType is the first that applies of PUBLIC_HOLIDAY (incl. the team's closure days), "
                    + "WEEKEND, SUMMER, BREAK, TERM; a weekday outside any period is TERM. At most two years.")
    @APIResponse(responseCode = "200", description = "one entry per day from..to, both inclusive")
    @APIResponse(
            responseCode = "400",
            description = "from or to missing or malformed, to before from, or more " + "than two years")
    @APIResponse(responseCode = "404", description = "no such team, or not the caller's")
    public List<CalendarDayResponse> days(
            @PathParam("teamId") long teamId, @QueryParam("from") String from, @QueryParam("to") String to) {
        return calendar.days(teamId, QueryValues.requiredDate("from", from), QueryValues.requiredDate("to", to));
    }

    @GET
    @Path("/overrides")
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MEMBER, Roles.VIEWER})
    @Operation(summary = "A team's closure days and the public holidays it works through")
    @APIResponse(responseCode = "200", description = "overrides by date")
    @APIResponse(responseCode = "404", description = "no such team, or not the caller's")
    public List<DayOverrideResponse> overrides(
            @PathParam("teamId") long teamId, @QueryParam("from") String from, @QueryParam("to") String to) {
        return overrides.list(teamId, QueryValues.date("from", from), QueryValues.date("to", to));
    }

    @POST
    @Path("/overrides")
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR})
    @Operation(summary = "Add a closure day, or work through a public holiday (director of the team, admin)")
    @APIResponse(responseCode = "201", description = "created")
    @APIResponse(
            responseCode = "400",
            description =
                    "a closure without a name, or a working day that is no " + "public holiday of the team's region")
    @APIResponse(responseCode = "409", description = "the day already has an override")
    public Response addOverride(
            @PathParam("teamId") long teamId, @Valid @NotNull DayOverrideRequest request, @Context UriInfo uriInfo) {
        DayOverrideResponse created = overrides.create(teamId, request);
        return Created.at(uriInfo, created.id(), created);
    }

    @DELETE
    @Path("/overrides/{overrideId}")
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR})
    @Operation(summary = "Remove a closure day or working day (director of the team, admin)")
    @APIResponse(responseCode = "204", description = "deleted")
    @APIResponse(responseCode = "404", description = "no such override in a team of the caller")
    public void deleteOverride(@PathParam("teamId") long teamId, @PathParam("overrideId") long overrideId) {
        overrides.delete(teamId, overrideId);
    }
}
