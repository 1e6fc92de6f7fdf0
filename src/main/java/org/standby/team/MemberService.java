package org.standby.team;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.standby.audit.AuditService;
import org.standby.common.ConflictException;
import org.standby.common.ETags;
import org.standby.common.InvalidFieldException;
import org.standby.common.NotFoundException;
import org.standby.common.PageResponse;
import org.standby.common.Paging;
import org.standby.common.QueryValues;
import org.standby.security.Caller;
import org.standby.security.CallerService;
import org.standby.security.User;
import org.standby.team.dto.MemberRequest;
import org.standby.team.dto.MemberResponse;

/** Members of a team: everyone in the team sees them; admins and the team's directors change them. */
@ApplicationScoped
public class MemberService {

    /** The value that stands for the caller's own member id where a member id is expected. */
    public static final String ME = "me";

    @Inject
    Clock clock;

    @Inject
    CallerService callers;

    @Inject
    TeamService teams;

    @Inject
    EntityManager entityManager;

    @Inject
    AuditService audit;

    public PageResponse<MemberResponse> list(long teamId, Paging paging) {
        teams.visibleTeam(teamId);
        Caller caller = callers.current();
        var query = Member.<Member>find("teamId", Sort.by("name").and("id"), teamId)
                .page(Page.of(paging.page, paging.size));
        return new PageResponse<>(query.list(), paging.page, paging.size, query.count())
                .map(member -> toResponse(member, caller));
    }

    public MemberResponse get(long teamId, long memberId) {
        return toResponse(memberOf(teamId, memberId), callers.current());
    }

    /**
     * A member id given as a query or path value: a number, or {@code me} for the caller's own member record in the
     * team ({@link Member#idOf}). Null for no value; 404 when the team is not the caller's; 400 naming the field
     * when the value is neither, or when the caller is no member of the team.
     */
    public Long memberIdParam(long teamId, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        teams.visibleTeam(teamId);
        if (ME.equals(value.strip())) {
            Long own = Member.idOf(teamId, callers.current().name());
            if (own == null) {
                throw new InvalidFieldException(field, "'me': your login is not a member of team " + teamId);
            }
            return own;
        }
        return QueryValues.number(field, value);
    }

    /**
     * A member id given without a team (as in {@code /api/members/{memberId}/feeds}): a number, or {@code me} when
     * the caller's login is the member of exactly one team (else 400: use the member id that /api/me names).
     */
    public long memberIdParam(String field, String value) {
        if (value != null && ME.equals(value.strip())) {
            List<Member> own = Member.list("username", callers.current().name());
            if (own.isEmpty()) {
                throw new InvalidFieldException(field, "'me': your login is not a member of any team");
            }
            if (own.size() > 1) {
                throw new InvalidFieldException(
                        field,
                        "'me': your login is a member of " + own.size()
                                + " teams; use the member id that GET /api/me names for the team");
            }
            return own.get(0).id;
        }
        Long id = QueryValues.number(field, value);
        if (id == null) {
            throw new InvalidFieldException(field, "must not be blank");
        }
        return id;
    }

    /** All members of a team, for other features' services that have checked access themselves. */
    public List<Member> membersOf(long teamId) {
        return Member.list("teamId", Sort.by("id"), teamId);
    }

    public Optional<Member> find(long memberId) {
        return Member.findByIdOptional(memberId);
    }

    /** The member of a team visible to the caller, or 404. */
    public Member memberOf(long teamId, long memberId) {
        teams.visibleTeam(teamId);
        return Member.<Member>find("id = ?1 and teamId = ?2", memberId, teamId)
                .firstResultOptional()
                .orElseThrow(() -> new NotFoundException("member", memberId));
    }

    @Transactional
    public MemberResponse create(long teamId, MemberRequest request) {
        callers.requireDirects(teamId);
        ETags.noneOnCreate(request.version());
        teams.visibleTeam(teamId);
        Member member = new Member();
        member.teamId = teamId;
        member.createdAt = clock.instant();
        apply(member, request);
        member.persist();
        audit.record(teamId, "member.create", "member", member.id, null, auditView(member), null, null);
        return toResponse(member, callers.current());
    }

    @Transactional
    public MemberResponse update(long teamId, long memberId, MemberRequest request, Long ifMatch) {
        callers.requireDirects(teamId);
        Member member = memberOf(teamId, memberId);
        ETags.require(ifMatch, request.version(), member.version, "member " + memberId);
        Object before = auditView(member);
        apply(member, request);
        Member.flush(); // the new version, for the answer's ETag (a concurrent write from the same version fails here)
        audit.record(teamId, "member.update", "member", memberId, before, auditView(member), null, null);
        return toResponse(member, callers.current());
    }

    @Transactional
    public void delete(long teamId, long memberId) {
        callers.requireDirects(teamId);
        Member member = memberOf(teamId, memberId);
        try {
            audit.record(teamId, "member.delete", "member", memberId, auditView(member), null, null, null);
            member.delete();
            entityManager.flush();
        } catch (jakarta.persistence.PersistenceException e) {
            throw new ConflictException(
                    "member " + memberId + " still has shifts or records; set activeUntil instead of deleting");
        }
    }

    private void apply(Member member, MemberRequest request) {
        if (request.activeFrom() != null
                && request.activeUntil() != null
                && request.activeUntil().isBefore(request.activeFrom())) {
            throw new InvalidFieldException("activeUntil", "must not be before activeFrom");
        }
        if (request.username() != null
                && User.findByUsername(request.username()).isEmpty()) {
            throw new InvalidFieldException("username", "no user named '" + request.username() + "'");
        }
        if (request.username() != null
                && Member.count(
                                "teamId = ?1 and username = ?2 and id <> ?3",
                                member.teamId,
                                request.username(),
                                member.id == null ? -1L : member.id)
                        > 0) {
            throw new InvalidFieldException("username", "another member of this team has this login");
        }
        member.name = request.name().strip();
        member.email = request.email();
        member.phone = request.phone();
        member.fte = request.fte();
        member.activeFrom = request.activeFrom();
        member.activeUntil = request.activeUntil();
        member.username = request.username();
    }

    /** The audit keeps what planning depends on (FTE, active window, login), not contact details. */
    private static Object auditView(Member m) {
        java.util.Map<String, Object> view = new java.util.LinkedHashMap<>();
        view.put("name", m.name);
        view.put("fte", m.fte);
        view.put("activeFrom", m.activeFrom == null ? null : m.activeFrom.toString());
        view.put("activeUntil", m.activeUntil == null ? null : m.activeUntil.toString());
        view.put("username", m.username);
        return view;
    }

    static MemberResponse toResponse(Member member, Caller caller) {
        boolean contact = caller.seesContactDetails();
        return new MemberResponse(
                member.id,
                member.teamId,
                member.name,
                contact ? member.email : null,
                contact ? member.phone : null,
                member.fte,
                member.activeFrom,
                member.activeUntil,
                member.username,
                member.version);
    }
}
