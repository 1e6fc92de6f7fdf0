package org.standby.calendar;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.standby.audit.AuditService;
import org.standby.calendar.dto.ImportResponse;
import org.standby.calendar.dto.PeriodRequest;
import org.standby.calendar.dto.PeriodResponse;
import org.standby.common.ConflictException;
import org.standby.common.InvalidFieldException;
import org.standby.common.NotFoundException;
import org.standby.security.Caller;
import org.standby.security.CallerService;
import org.standby.team.TeamService;

/**
 * A team's school periods: everyone in the team reads them; admins and the team's directors create, delete and
 * import them. Periods of one team never overlap (409 naming the clash); an import is all or nothing.
 */
@ApplicationScoped
public class PeriodService {

    /** At most this many clashes are named in a refusal. */
    private static final int CLASHES_NAMED = 5;
    /** At most this many clashes are listed in a dry run's answer (then their number). */
    private static final int CLASHES_LISTED = 200;

    @Inject
    Clock clock;

    @Inject
    CallerService callers;

    @Inject
    TeamService teams;

    @Inject
    IcsPeriodImporter importer;

    @Inject
    AuditService audit;

    public List<PeriodResponse> list(long teamId, LocalDate from, LocalDate to) {
        teams.visibleTeam(teamId);
        StringBuilder query = new StringBuilder("teamId = :team");
        Parameters params = Parameters.with("team", teamId);
        if (from != null) {
            query.append(" and endDate >= :from");
            params.and("from", from);
        }
        if (to != null) {
            query.append(" and startDate <= :to");
            params.and("to", to);
        }
        query.append(" order by startDate, id");
        return SchoolPeriod.<SchoolPeriod>list(query.toString(), params).stream()
                .map(PeriodService::toResponse)
                .toList();
    }

    public PeriodResponse get(long teamId, long periodId) {
        teams.visibleTeam(teamId);
        return toResponse(periodOf(teamId, periodId));
    }

    @Transactional
    public PeriodResponse create(long teamId, PeriodRequest request) {
        Caller caller = callers.requireDirects(teamId);
        teams.visibleTeam(teamId);
        if (request.end().isBefore(request.start())) {
            throw new InvalidFieldException("end", "must not be before start (" + request.start() + ")");
        }
        Period period = new Period(request.name().strip(), request.kind(), request.start(), request.end());
        List<SchoolPeriod> clashes = overlapping(teamId, period.start(), period.end());
        if (!clashes.isEmpty()) {
            throw new ConflictException(period.describe() + " overlaps " + describe(clashes.get(0))
                    + "; periods of a team must not overlap");
        }
        SchoolPeriod created = persist(teamId, period, null, caller);
        audit.record(teamId, "period.create", "school_period", created.id, null, auditView(created), null, null);
        return toResponse(created);
    }

    @Transactional
    public void delete(long teamId, long periodId) {
        callers.requireDirects(teamId);
        SchoolPeriod period = periodOf(teamId, periodId);
        audit.record(teamId, "period.delete", "school_period", period.id, auditView(period), null, null, null);
        period.delete();
    }

    /**
     * Imports a school's calendar: plans it, then (unless a dry run) stores every period or none. Periods that
     * are already stored exactly so (a re-import) are skipped; any other overlap, with stored periods or within
     * the file, refuses the whole import with 409.
     */
    @Transactional
    public ImportResponse importCalendar(long teamId, String body, SummaryMapping mapping, boolean dryRun) {
        Caller caller = callers.requireDirects(teamId);
        teams.visibleTeam(teamId);
        ImportPlan plan = importer.plan(body, mapping);

        List<PeriodCandidate> toCreate = new ArrayList<>();
        List<ImportResponse.SkippedEvent> skipped = new ArrayList<>();
        plan.skipped().forEach(s -> skipped.add(skippedEvent(s)));
        List<String> clashes = new ArrayList<>();
        int clashCount = 0;
        // one query for the team's periods, not one per candidate: an import may hold 2000 of them
        List<SchoolPeriod> stored = SchoolPeriod.list("teamId = ?1 order by startDate, id", teamId);
        for (PeriodCandidate candidate : plan.created()) {
            List<SchoolPeriod> existing = stored.stream()
                    .filter(p -> !p.endDate.isBefore(candidate.start()) && !p.startDate.isAfter(candidate.end()))
                    .toList();
            SchoolPeriod same = existing.stream()
                    .filter(p -> sameAs(p, candidate))
                    .findFirst()
                    .orElse(null);
            if (same != null) {
                skipped.add(new ImportResponse.SkippedEvent(
                        candidate.name(),
                        candidate.uid(),
                        candidate.start().toString(),
                        candidate.line(),
                        "already stored as period " + same.id));
                continue;
            }
            for (SchoolPeriod clash : existing) {
                if (clashCount++ < CLASHES_LISTED) {
                    clashes.add(describe(candidate) + " overlaps " + describe(clash));
                }
            }
            for (PeriodCandidate earlier : toCreate) {
                if (earlier.toPeriod().overlaps(candidate.toPeriod()) && clashCount++ < CLASHES_LISTED) {
                    clashes.add(describe(candidate) + " overlaps " + describe(earlier) + " of the same file");
                }
            }
            toCreate.add(candidate);
        }
        skipped.sort(Comparator.comparingInt(ImportResponse.SkippedEvent::line));
        if (clashCount > CLASHES_LISTED) {
            clashes.add("and " + (clashCount - CLASHES_LISTED) + " more clashes");
        }
        if (dryRun) {
            return new ImportResponse(
                    true, toCreate.stream().map(PeriodService::toResponse).toList(), skipped, clashes);
        }
        if (!clashes.isEmpty()) {
            throw new ConflictException("nothing was imported: "
                    + String.join("; ", clashes.subList(0, Math.min(CLASHES_NAMED, clashes.size())))
                    + (clashCount > CLASHES_NAMED ? "; and " + (clashCount - CLASHES_NAMED) + " more" : "")
                    + " (try ?dryRun=true to see all)");
        }
        List<PeriodResponse> created = new ArrayList<>();
        for (PeriodCandidate candidate : toCreate) {
            SchoolPeriod period = persist(teamId, candidate.toPeriod(), candidate.uid(), caller);
            created.add(toResponse(period));
        }
        audit.record(
                teamId,
                "period.import",
                "school_period",
                null,
                null,
                Map.of("created", created.size(), "skipped", skipped.size()),
                null,
                null);
        return new ImportResponse(false, created, skipped, List.of());
    }

    private SchoolPeriod persist(long teamId, Period period, String uid, Caller caller) {
        SchoolPeriod entity = new SchoolPeriod();
        entity.teamId = teamId;
        entity.name = period.name();
        entity.kind = period.kind();
        entity.startDate = period.start();
        entity.endDate = period.end();
        entity.sourceUid = uid == null || uid.length() <= 255 ? uid : uid.substring(0, 255);
        entity.createdAt = clock.instant();
        entity.createdBy = caller.name();
        entity.persist();
        return entity;
    }

    private static List<SchoolPeriod> overlapping(long teamId, LocalDate start, LocalDate end) {
        return SchoolPeriod.list(
                "teamId = ?1 and endDate >= ?2 and startDate <= ?3 order by startDate, id", teamId, start, end);
    }

    private static boolean sameAs(SchoolPeriod period, PeriodCandidate candidate) {
        return period.kind == candidate.kind()
                && period.startDate.equals(candidate.start())
                && period.endDate.equals(candidate.end())
                && period.name.equalsIgnoreCase(candidate.name());
    }

    private static SchoolPeriod periodOf(long teamId, long periodId) {
        return SchoolPeriod.<SchoolPeriod>find("id = ?1 and teamId = ?2", periodId, teamId)
                .firstResultOptional()
                .orElseThrow(() -> new NotFoundException("period", periodId));
    }

    private static String describe(SchoolPeriod period) {
        return "period " + period.id + " " + period.toPeriod().describe();
    }

    private static String describe(PeriodCandidate candidate) {
        return candidate.toPeriod().describe() + " from line " + candidate.line();
    }

    private static ImportResponse.SkippedEvent skippedEvent(ImportPlan.Skipped s) {
        return new ImportResponse.SkippedEvent(s.summary(), s.uid(), s.start(), s.line(), s.reason());
    }

    private static Object auditView(SchoolPeriod p) {
        return Map.of("name", p.name, "kind", p.kind, "start", p.startDate.toString(), "end", p.endDate.toString());
    }

    static PeriodResponse toResponse(SchoolPeriod p) {
        return new PeriodResponse(p.id, p.name, p.kind, p.startDate, p.endDate);
    }

    static PeriodResponse toResponse(PeriodCandidate c) {
        return new PeriodResponse(null, c.name(), c.kind(), c.start(), c.end());
    }
}
