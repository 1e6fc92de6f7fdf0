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
import org.standby.common.ConflictException;
import org.standby.common.InvalidFieldException;
import org.standby.common.NotFoundException;
import org.standby.common.PageResponse;
import org.standby.common.Paging;
import org.standby.security.Caller;
import org.standby.security.CallerService;
import org.standby.security.User;
import org.standby.team.dto.MemberRequest;
import org.standby.team.dto.MemberResponse;

/** Members of a team: everyone in the team sees them; admins and the team's directors change them. */
@ApplicationScoped
public class MemberService {

    @Inject
    Clock clock;

    @Inject
    CallerService callers;

    @Inject
    TeamService teams;

    @Inject
    EntityManager entityManager;

    public PageResponse<MemberResponse> list(long teamId, Paging paging) {
        teams.visibleTeam(teamId);
        Caller caller = callers.current();
        var query = Member.<Member>find("teamId", Sort.by("name").and("id"), teamId).page(Page.of(paging.page, paging.size));
        return new PageResponse<>(query.list(), paging.page, paging.size, query.count())
                .map(member -> toResponse(member, caller));
    }

    public MemberResponse get(long teamId, long memberId) {
        return toResponse(memberOf(teamId, memberId), callers.current());
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
        return Member.<Member>find("id = ?1 and teamId = ?2", memberId, teamId).firstResultOptional()
                .orElseThrow(() -> new NotFoundException("member", memberId));
    }

    @Transactional
    public MemberResponse create(long teamId, MemberRequest request) {
        callers.requireDirects(teamId);
        teams.visibleTeam(teamId);
        Member member = new Member();
        member.teamId = teamId;
        member.createdAt = clock.instant();
        apply(member, request);
        member.persist();
        return toResponse(member, callers.current());
    }

    @Transactional
    public MemberResponse update(long teamId, long memberId, MemberRequest request) {
        callers.requireDirects(teamId);
        Member member = memberOf(teamId, memberId);
        apply(member, request);
        return toResponse(member, callers.current());
    }

    @Transactional
    public void delete(long teamId, long memberId) {
        callers.requireDirects(teamId);
        Member member = memberOf(teamId, memberId);
        try {
            member.delete();
            entityManager.flush();
        } catch (jakarta.persistence.PersistenceException e) {
            throw new ConflictException("member " + memberId
                    + " still has shifts or records; set activeUntil instead of deleting");
        }
    }

    private void apply(Member member, MemberRequest request) {
        if (request.activeFrom() != null && request.activeUntil() != null
                && request.activeUntil().isBefore(request.activeFrom())) {
            throw new InvalidFieldException("activeUntil", "must not be before activeFrom");
        }
        if (request.username() != null && User.findByUsername(request.username()).isEmpty()) {
            throw new InvalidFieldException("username", "no user named '" + request.username() + "'");
        }
        if (request.username() != null && Member.count("teamId = ?1 and username = ?2 and id <> ?3",
                member.teamId, request.username(), member.id == null ? -1L : member.id) > 0) {
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

    static MemberResponse toResponse(Member member, Caller caller) {
        boolean contact = caller.seesContactDetails();
        return new MemberResponse(member.id, member.teamId, member.name, contact ? member.email : null,
                contact ? member.phone : null, member.fte, member.activeFrom, member.activeUntil, member.username);
    }
}
