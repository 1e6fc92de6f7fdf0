package org.standby.team;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.standby.audit.AuditService;
import org.standby.common.ConflictException;
import org.standby.common.ETags;
import org.standby.common.HolidayRegions;
import org.standby.common.InvalidFieldException;
import org.standby.common.NotFoundException;
import org.standby.common.PageResponse;
import org.standby.common.Paging;
import org.standby.common.ProblemResponse.FieldError;
import org.standby.security.Caller;
import org.standby.security.CallerService;
import org.standby.team.dto.TeamRequest;
import org.standby.team.dto.TeamResponse;

/** Teams: visible to their people, created and deleted by admins, settings changed by their directors. */
@ApplicationScoped
public class TeamService {

    /** How long a decision waits for the team's row lock before it is refused with 409. */
    public static final int LOCK_WAIT_MILLIS = 60_000;

    @Inject
    Clock clock;

    @Inject
    CallerService callers;

    @Inject
    HolidayRegions holidays;

    @Inject
    jakarta.enterprise.event.Event<HandoverChanged> handoverChanges;

    @Inject
    AuditService audit;

    public PageResponse<TeamResponse> list(Paging paging) {
        Caller caller = callers.current();
        var query = caller.allTeams() || caller.isAdmin()
                ? Team.<Team>find("order by id")
                : Team.<Team>find(
                        "id in :ids order by id",
                        Parameters.with("ids", caller.teamIds().isEmpty() ? java.util.Set.of(-1L) : caller.teamIds()));
        query.page(Page.of(paging.page, paging.size));
        return new PageResponse<>(query.list(), paging.page, paging.size, query.count()).map(TeamService::toResponse);
    }

    public TeamResponse get(long teamId) {
        return toResponse(visibleTeam(teamId));
    }

    /** The team if the caller may see it; 404 otherwise (whether it exists or not). */
    public Team visibleTeam(long teamId) {
        callers.requireSees(teamId);
        return Team.<Team>findByIdOptional(teamId).orElseThrow(() -> new NotFoundException("team", teamId));
    }

    /** A team by id, for other features' services that have checked access themselves. */
    public Optional<Team> find(long teamId) {
        return Team.findByIdOptional(teamId);
    }

    /**
     * Takes the team's row lock (SELECT ... FOR UPDATE, on H2 and PostgreSQL alike) until the current transaction
     * ends. Writes that check the coverage rules against the team's other shifts and then reassign shifts
     * (approving a change request, deciding leave) take it first, so that their checks and writes run one after
     * the other per team: two approvals that are each fine alone can no longer both pass their checks against the
     * state before the other. One row per team, so there is no lock order to get wrong.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockForChanges(long teamId) {
        // wait up to a minute for the decisions queued before this one: the same statement on H2 (whose default,
        // 2 s, a queue of fifty approvals on a busy machine exceeds) and PostgreSQL (which would wait without end)
        Team.getEntityManager()
                .createNativeQuery("SET LOCK_TIMEOUT TO " + LOCK_WAIT_MILLIS)
                .executeUpdate();
        Team.findByIdOptional(teamId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new NotFoundException("team", teamId));
    }

    @Transactional
    public TeamResponse create(TeamRequest request) {
        ETags.noneOnCreate(request.version());
        Team team = new Team();
        team.createdAt = clock.instant();
        apply(team, request);
        team.persist();
        TeamResponse created = toResponse(team);
        audit.record(team.id, "team.create", "team", team.id, null, created, null, null);
        return created;
    }

    @Transactional
    public TeamResponse update(long teamId, TeamRequest request, Long ifMatch) {
        callers.requireDirects(teamId);
        Team team = visibleTeam(teamId);
        ETags.require(ifMatch, request.version(), team.version, "team " + teamId);
        TeamResponse before = toResponse(team);
        java.time.LocalTime previousHandover = team.handoverTime;
        apply(team, request);
        if (previousHandover != null && !previousHandover.equals(team.handoverTime)) {
            handoverChanges.fire(new HandoverChanged(teamId, previousHandover, team.handoverTime));
        }
        Team.flush(); // the new version, for the answer's ETag (a concurrent write from the same version fails here)
        TeamResponse after = toResponse(team);
        audit.record(teamId, "team.update", "team", teamId, before, after, null, null);
        return after;
    }

    @Transactional
    public void delete(long teamId) {
        Team team = visibleTeam(teamId);
        if (Member.count("teamId", teamId) > 0) {
            throw new ConflictException("team " + teamId + " still has members; remove them first");
        }
        audit.record(teamId, "team.delete", "team", teamId, toResponse(team), null, null, null);
        team.delete();
    }

    private void apply(Team team, TeamRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (!ZoneId.getAvailableZoneIds().contains(request.timeZone())) {
            errors.add(new FieldError(
                    "timeZone",
                    "unknown time zone '" + request.timeZone() + "'; use an IANA name such as Europe/Berlin"));
        }
        String region = null;
        try {
            region = holidays.canonical("holidayRegion", request.holidayRegion());
        } catch (InvalidFieldException e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
        ZoneId zone = ZoneId.of(request.timeZone());
        team.name = request.name().strip();
        team.timeZone = zone.getId();
        team.holidayRegion = region;
        team.handoverTime = request.handoverTime();
        if (request.maxHoursOnCallPerMonth() != null) {
            team.maxHoursOnCallPerMonth = request.maxHoursOnCallPerMonth();
        }
        if (request.maxWeekendsPerMonth() != null) {
            team.maxWeekendsPerMonth = request.maxWeekendsPerMonth();
        }
        if (request.maxNightsInARow() != null) {
            team.maxNightsInARow = request.maxNightsInARow();
        }
    }

    static TeamResponse toResponse(Team team) {
        return new TeamResponse(
                team.id,
                team.name,
                team.timeZone,
                team.holidayRegion,
                team.handoverTime,
                team.maxHoursOnCallPerMonth,
                team.maxWeekendsPerMonth,
                team.maxNightsInARow,
                team.version);
    }
}
