package org.standby.agreement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.standby.agreement.dto.AgreementDocument;
import org.standby.agreement.dto.AgreementVersionResponse;
import org.standby.agreement.dto.CostResponse;
import org.standby.agreement.dto.CoverageCheckResponse;
import org.standby.agreement.dto.FragilityResponse;
import org.standby.agreement.dto.OptionsRequest;
import org.standby.agreement.dto.OptionsResponse;
import org.standby.agreement.dto.SignRequest;
import org.standby.common.Created;
import org.standby.common.InvalidFieldException;
import org.standby.common.QueryValues;
import org.standby.security.Roles;

@Path("/api/teams/{teamId}/agreement")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Coverage agreement")
public class AgreementResource {

    @Inject
    AgreementService agreements;

    @Inject
    AgreementAnalysis analysis;

    @Inject
    AgreementReport report;

    @Inject
    Clock clock;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("/versions")
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR})
    @Operation(summary = "The versions of the team's coverage agreement, oldest first")
    @APIResponse(responseCode = "200", description = "the versions; empty while the promise is unwritten")
    @APIResponse(responseCode = "403", description = "not a director of this team")
    @APIResponse(responseCode = "404", description = "no such team, or not the caller's")
    public List<AgreementVersionResponse> list(@PathParam("teamId") long teamId) {
        return agreements.list(teamId);
    }

    @POST
    @Path("/versions")
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR})
    @Operation(summary = "Write a new draft of the agreement (the team's policy when the body names none)")
    @APIResponse(responseCode = "201", description = "the draft, with the policy it implies")
    @APIResponse(responseCode = "400", description = "invalid services, promises, working hours or policy")
    @APIResponse(responseCode = "403", description = "not a director of this team")
    @APIResponse(responseCode = "404", description = "no such team, or not the caller's")
    public Response create(@PathParam("teamId") long teamId, @Valid @NotNull AgreementDocument document) {
        AgreementVersionResponse created = agreements.create(teamId, document);
        return Created.at(uriInfo, created.number(), created);
    }

    @GET
    @Path("/versions/{number}")
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR})
    @Operation(summary = "One version of the agreement (0: the unwritten promise, while there is no version)")
    @APIResponse(responseCode = "200", description = "the version")
    @APIResponse(responseCode = "403", description = "not a director of this team")
    @APIResponse(responseCode = "404", description = "no such team or version")
    public AgreementVersionResponse get(@PathParam("teamId") long teamId, @PathParam("number") int number) {
        return agreements.get(teamId, number);
    }

    @PUT
    @Path("/versions/{number}")
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR})
    @Operation(summary = "Change a draft")
    @APIResponse(responseCode = "200", description = "the changed draft")
    @APIResponse(responseCode = "400", description = "invalid services, promises, working hours or policy")
    @APIResponse(responseCode = "403", description = "not a director of this team")
    @APIResponse(responseCode = "404", description = "no such team or version")
    @APIResponse(responseCode = "409", description = "the version is no longer a draft")
    public AgreementVersionResponse update(
            @PathParam("teamId") long teamId,
            @PathParam("number") int number,
            @Valid @NotNull AgreementDocument document) {
        return agreements.update(teamId, number, document);
    }

    @POST
    @Path("/versions/{number}/propose")
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR})
    @Operation(summary = "Propose a draft to leadership: it is frozen from now on")
    @APIResponse(responseCode = "200", description = "the proposed version")
    @APIResponse(responseCode = "403", description = "not a director of this team")
    @APIResponse(responseCode = "404", description = "no such team or version")
    @APIResponse(responseCode = "409", description = "the version is not a draft")
    public AgreementVersionResponse propose(@PathParam("teamId") long teamId, @PathParam("number") int number) {
        return agreements.propose(teamId, number);
    }

    @POST
    @Path("/versions/{number}/sign")
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR})
    @Operation(
            summary = "Record leadership's signature of a proposed version: it becomes current, the one signed "
                    + "before is superseded, and the policy it implies becomes the team's policy")
    @APIResponse(responseCode = "200", description = "the signed version")
    @APIResponse(responseCode = "400", description = "signedBy missing")
    @APIResponse(responseCode = "403", description = "not a director of this team")
    @APIResponse(responseCode = "404", description = "no such team or version")
    @APIResponse(responseCode = "409", description = "the version is not proposed, or it needs nobody on call")
    public AgreementVersionResponse sign(
            @PathParam("teamId") long teamId, @PathParam("number") int number, @Valid @NotNull SignRequest request) {
        return agreements.sign(teamId, number, request);
    }

    @GET
    @Path("/check")
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR})
    @Operation(
            summary = "The promises checked against the agreement's policy (or the implied one): promised hours "
                    + "no shift covers, shifts no promise needs, with their days and hours")
    @APIResponse(responseCode = "200", description = "the findings")
    @APIResponse(responseCode = "400", description = "invalid range or version")
    @APIResponse(responseCode = "403", description = "not a director of this team")
    @APIResponse(responseCode = "404", description = "no such team or version")
    public CoverageCheckResponse check(
            @PathParam("teamId") long teamId,
            @Parameter(description = "agreement version; default the signed one, else the latest")
                    @QueryParam("version")
                    String version,
            @Parameter(description = "first day; default the first of next month") @QueryParam("from") String from,
            @Parameter(description = "last day; default a year after from") @QueryParam("to") String to,
            @Parameter(description = "true: check the implied policy instead of the document's") @QueryParam("implied")
                    String implied) {
        LocalDate[] range = range(from, to);
        return analysis.check(teamId, version(version), range[0], range[1], flag("implied", implied));
    }

    @GET
    @Path("/cost")
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR})
    @Operation(
            summary = "What the agreement costs: standby and call-out hours, compensation, per month, per year "
                    + "and per member, and the share on weekends, holidays and in summer")
    @APIResponse(responseCode = "200", description = "the cost")
    @APIResponse(responseCode = "400", description = "invalid range or version")
    @APIResponse(responseCode = "403", description = "not a director of this team")
    @APIResponse(responseCode = "404", description = "no such team or version")
    public CostResponse cost(
            @PathParam("teamId") long teamId,
            @Parameter(description = "agreement version; default the signed one, else the latest")
                    @QueryParam("version")
                    String version,
            @Parameter(description = "first day; default the first of next month") @QueryParam("from") String from,
            @Parameter(description = "last day; default a year after from") @QueryParam("to") String to) {
        LocalDate[] range = range(from, to);
        return analysis.cost(teamId, version(version), range[0], range[1]);
    }

    @GET
    @Path("/fragility")
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR})
    @Operation(
            summary = "Where the promise breaks: uncovered hours per month and threshold breaches with 0, 1, "
                    + "... n-1 members away")
    @APIResponse(responseCode = "200", description = "one row per number of members away")
    @APIResponse(responseCode = "400", description = "invalid range or version")
    @APIResponse(responseCode = "403", description = "not a director of this team")
    @APIResponse(responseCode = "404", description = "no such team or version")
    public FragilityResponse fragility(
            @PathParam("teamId") long teamId,
            @Parameter(description = "agreement version; default the signed one, else the latest")
                    @QueryParam("version")
                    String version,
            @Parameter(description = "first day; default the first of next month") @QueryParam("from") String from,
            @Parameter(description = "last day; default three months from from") @QueryParam("to") String to,
            @Parameter(description = "first day away; default from") @QueryParam("awayFrom") String awayFrom,
            @Parameter(description = "last day away; default to") @QueryParam("awayTo") String awayTo) {
        LocalDate[] range = termRange(from, to);
        return analysis.fragility(
                teamId,
                version(version),
                range[0],
                range[1],
                QueryValues.date("awayFrom", awayFrom),
                QueryValues.date("awayTo", awayTo));
    }

    @POST
    @Path("/options")
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR})
    @Operation(
            summary = "Options beside the agreement, each a what-if: drop or shorten a promise, move a service "
                    + "to a vendor, add a part-timer, pay for weekend duty; stores nothing")
    @APIResponse(responseCode = "200", description = "the baseline and each option's effect")
    @APIResponse(responseCode = "400", description = "invalid range, version or option")
    @APIResponse(responseCode = "403", description = "not a director of this team")
    @APIResponse(responseCode = "404", description = "no such team or version")
    public OptionsResponse options(@PathParam("teamId") long teamId, @Valid @NotNull OptionsRequest request) {
        return analysis.options(teamId, request);
    }

    @GET
    @Path("/report")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR})
    @Operation(
            summary = "The leadership report: the promise, its cost, who carries it, where it breaks, the "
                    + "options; printable HTML")
    @APIResponse(responseCode = "200", description = "the report as HTML with print styles")
    @APIResponse(responseCode = "400", description = "invalid range or version")
    @APIResponse(responseCode = "403", description = "not a director of this team")
    @APIResponse(responseCode = "404", description = "no such team or version")
    public String html(
            @PathParam("teamId") long teamId,
            @Parameter(description = "agreement version; default the signed one, else the latest")
                    @QueryParam("version")
                    String version,
            @Parameter(description = "first day; default the first of next month") @QueryParam("from") String from,
            @Parameter(description = "last day; default three months from from") @QueryParam("to") String to) {
        LocalDate[] range = termRange(from, to);
        return report.html(teamId, version(version), range[0], range[1]);
    }

    @GET
    @Path("/report.pdf")
    @Produces("application/pdf")
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR})
    @Operation(summary = "The leadership report as PDF (the same document as the HTML report)")
    @APIResponse(responseCode = "200", description = "the report as PDF")
    @APIResponse(responseCode = "400", description = "invalid range or version")
    @APIResponse(responseCode = "403", description = "not a director of this team")
    @APIResponse(responseCode = "404", description = "no such team or version")
    public Response pdf(
            @PathParam("teamId") long teamId,
            @Parameter(description = "agreement version; default the signed one, else the latest")
                    @QueryParam("version")
                    String version,
            @Parameter(description = "first day; default the first of next month") @QueryParam("from") String from,
            @Parameter(description = "last day; default three months from from") @QueryParam("to") String to) {
        LocalDate[] range = termRange(from, to);
        byte[] pdf = report.pdf(teamId, version(version), range[0], range[1]);
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"coverage-agreement.pdf\"")
                .build();
    }

    private LocalDate[] range(String from, String to) {
        return AgreementAnalysis.defaultRange(
                LocalDate.now(clock), QueryValues.date("from", from), QueryValues.date("to", to));
    }

    /** A term: three months from the first of next month, unless given. */
    private LocalDate[] termRange(String from, String to) {
        LocalDate start = QueryValues.date("from", from);
        LocalDate end = QueryValues.date("to", to);
        LocalDate first =
                start != null ? start : LocalDate.now(clock).withDayOfMonth(1).plusMonths(1);
        return AgreementAnalysis.defaultRange(
                LocalDate.now(clock),
                first,
                end != null ? end : first.plusMonths(3).minusDays(1));
    }

    private static Integer version(String value) {
        Long number = QueryValues.number("version", value);
        if (number != null && (number < 0 || number > Integer.MAX_VALUE)) {
            throw new InvalidFieldException("version", "must be a version number (0 or more)");
        }
        return number == null ? null : number.intValue();
    }

    private static boolean flag(String name, String value) {
        if (value == null || value.isBlank() || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw new InvalidFieldException(name, "must be true or false");
    }
}
