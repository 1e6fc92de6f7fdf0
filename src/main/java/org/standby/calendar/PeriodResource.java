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
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.standby.calendar.dto.ImportResponse;
import org.standby.calendar.dto.PeriodRequest;
import org.standby.calendar.dto.PeriodResponse;
import org.standby.common.Created;
import org.standby.common.InvalidFieldException;
import org.standby.common.QueryValues;
import org.standby.common.TooLargeException;
import org.standby.security.Roles;

@Path("/api/teams/{teamId}/periods")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Calendar")
public class PeriodResource {

    static final String TEXT_CALENDAR = "text/calendar";
    /** The largest calendar file an import reads: a school's year is a few tens of kilobytes. */
    public static final int MAX_IMPORT_BYTES = 1024 * 1024;

    @Inject
    PeriodService periods;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MEMBER, Roles.VIEWER})
    @Operation(summary = "A team's school periods, optionally only those touching from..to")
    @APIResponse(responseCode = "200", description = "periods by start date")
    @APIResponse(responseCode = "404", description = "no such team, or not the caller's")
    public List<PeriodResponse> list(
            @PathParam("teamId") long teamId, @QueryParam("from") String from, @QueryParam("to") String to) {
        return periods.list(teamId, QueryValues.date("from", from), QueryValues.date("to", to));
    }

    @GET
    @Path("/{periodId}")
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MEMBER, Roles.VIEWER})
    @Operation(summary = "One school period")
    @APIResponse(responseCode = "200", description = "the period")
    @APIResponse(responseCode = "404", description = "no such period in a team of the caller")
    public PeriodResponse get(@PathParam("teamId") long teamId, @PathParam("periodId") long periodId) {
        return periods.get(teamId, periodId);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR})
    @Operation(summary = "Add a school period (director of the team, admin)")
    @APIResponse(responseCode = "201", description = "created")
    @APIResponse(responseCode = "400", description = "invalid fields, e.g. end before start")
    @APIResponse(responseCode = "409", description = "overlaps another period of the team, which it names")
    public Response create(
            @PathParam("teamId") long teamId, @Valid @NotNull PeriodRequest request, @Context UriInfo uriInfo) {
        PeriodResponse created = periods.create(teamId, request);
        return Created.at(uriInfo, created.id(), created);
    }

    @DELETE
    @Path("/{periodId}")
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR})
    @Operation(summary = "Delete a school period (director of the team, admin)")
    @APIResponse(responseCode = "204", description = "deleted")
    @APIResponse(responseCode = "404", description = "no such period in a team of the caller")
    public void delete(@PathParam("teamId") long teamId, @PathParam("periodId") long periodId) {
        periods.delete(teamId, periodId);
    }

    @POST
    @Path("/import")
    @Consumes({TEXT_CALENDAR, MediaType.TEXT_PLAIN})
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR})
    @Operation(
            summary = "Import a school's published calendar (text/calendar) as periods, all or nothing",
            description = "All-day events become periods by their summary: summer/Sommerferien/vacanze estive are "
                    + "SUMMER; holiday, break, half term, Ferien, vacanze, vacances are BREAK; term, Semester are "
                    + "TERM. Timed, recurring timed and unrecognised events are skipped with a reason. See "
                    + "docs/calendar.md.")
    @APIResponse(responseCode = "200", description = "dry run: what would be created and skipped, and clashes")
    @APIResponse(responseCode = "201", description = "imported: what was created and what was skipped, and why")
    @APIResponse(responseCode = "400", description = "malformed calendar (the answer names the line) or mapping")
    @APIResponse(
            responseCode = "409",
            description = "a period overlaps a stored one or another of the file; " + "nothing was imported")
    @APIResponse(
            responseCode = "413",
            description = "the file is larger than 1 MiB, holds more than 2000 events, "
                    + "expands into more than 2000 periods or takes more than 10 s to read; the answer names the limit")
    @APIResponse(responseCode = "415", description = "not sent as text/calendar (or text/plain)")
    public Response importCalendar(
            @PathParam("teamId") long teamId,
            InputStream body,
            @Parameter(description = "true: only show what would be created") @QueryParam("dryRun") String dryRun,
            @Parameter(
                            description = "extra keyword:KIND entries (KIND: TERM, BREAK, SUMMER or IGNORE), e.g. "
                                    + "map=inset:BREAK; repeatable")
                    @QueryParam("map")
                    List<String> map,
            @Parameter(description = "true: only the map entries count, not the default keywords")
                    @QueryParam("replaceDefaults")
                    String replaceDefaults,
            @Context UriInfo uriInfo) {
        boolean dry = flag("dryRun", dryRun);
        SummaryMapping mapping = SummaryMapping.parse("map", map, flag("replaceDefaults", replaceDefaults));
        ImportResponse answer = periods.importCalendar(teamId, text(bounded(body)), mapping, dry);
        if (dry) {
            return Response.ok(answer).build();
        }
        return Response.status(Response.Status.CREATED)
                .location(uriInfo.getBaseUriBuilder()
                        .path("api/teams/{teamId}/periods")
                        .build(teamId))
                .entity(answer)
                .build();
    }

    /**
     * At most {@link #MAX_IMPORT_BYTES} + 1 bytes of the body: a larger upload is refused by {@link #text} without
     * being held in memory whole (readAllBytes of a 10 MB body grows arrays to 16 MB; three at once filled a 64 MB
     * heap in .ci/ics-bomb.py).
     */
    static byte[] bounded(InputStream body) {
        if (body == null) {
            return null;
        }
        try {
            return body.readNBytes(MAX_IMPORT_BYTES + 1);
        } catch (IOException e) {
            throw new InvalidFieldException("body", "could not be read: the upload broke off");
        }
    }

    /** The body as UTF-8 text: at most {@link #MAX_IMPORT_BYTES}, and real UTF-8 (never replaced characters). */
    static String text(byte[] body) {
        if (body == null) {
            return null;
        }
        if (body.length > MAX_IMPORT_BYTES) {
            throw new TooLargeException(
                    "body",
                    "is larger than " + MAX_IMPORT_BYTES + " bytes; a calendar import reads at most " + MAX_IMPORT_BYTES
                            + " bytes (1 MiB): split the calendar");
        }
        ByteBuffer in = ByteBuffer.wrap(body);
        CharBuffer out = CharBuffer.allocate(body.length);
        CoderResult result = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                line += body[i] == '\n' ? 1 : 0;
            }
            throw new InvalidFieldException(
                    "body",
                    "is not UTF-8 text (line " + line + ", byte " + (in.position() + 1)
                            + "); save the calendar as UTF-8");
        }
        return out.flip().toString();
    }

    private static boolean flag(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidFieldException(name, "must be true or false, not '" + value + "'");
        };
    }
}
