package org.standby.inbox;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.standby.change.ChangeRequest;
import org.standby.change.ChangeStatus;
import org.standby.change.ChangeType;
import org.standby.common.PageResponse;
import org.standby.common.Paging;
import org.standby.compensation.Callout;
import org.standby.compensation.CalloutStatus;
import org.standby.inbox.dto.InboxItemResponse;
import org.standby.leave.Absence;
import org.standby.leave.AbsenceStatus;
import org.standby.rota.Shift;
import org.standby.security.Caller;
import org.standby.security.CallerService;
import org.standby.team.Member;
import org.standby.team.Team;

/**
 * A director's inbox: everything pending in the teams they direct (change requests that reached the directors,
 * leave requests, call-outs to confirm), oldest first, in words with names and dates rather than ids. Read only;
 * the decisions are made at the paths each item names.
 */
@ApplicationScoped
public class InboxService {

    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("EEE d MMM yyyy", java.util.Locale.ENGLISH);

    @Inject
    CallerService callers;

    public PageResponse<InboxItemResponse> inbox(Long teamId, Paging paging) {
        Caller caller = callers.current();
        Map<Long, Team> teams = new HashMap<>();
        if (teamId != null) {
            callers.requireDirects(teamId);
            Team.<Team>findByIdOptional(teamId).ifPresent(team -> teams.put(team.id, team));
        } else if (caller.allTeams() || caller.isAdmin()) {
            Team.<Team>listAll().forEach(team -> teams.put(team.id, team));
        } else {
            Team.<Team>list("id in ?1", caller.teamIds().isEmpty() ? List.of(-1L) : caller.teamIds())
                    .forEach(team -> teams.put(team.id, team));
        }
        teams.values().removeIf(team -> !caller.directs(team.id));
        if (teams.isEmpty()) {
            return new PageResponse<>(List.of(), paging.page, paging.size, 0);
        }
        Collection<Long> ids = teams.keySet();
        Names names = new Names();
        List<InboxItemResponse> items = new ArrayList<>();
        for (ChangeRequest c : ChangeRequest.<ChangeRequest>list(
                "teamId in :teams and status = :status",
                Parameters.with("teams", ids).and("status", ChangeStatus.PENDING))) {
            items.add(changeRequest(c, teams.get(c.teamId), names));
        }
        for (Absence a : Absence.<Absence>list(
                "teamId in :teams and status = :status",
                Parameters.with("teams", ids).and("status", AbsenceStatus.REQUESTED))) {
            String member = names.member(a.memberId);
            String path = "/api/teams/" + a.teamId + "/absences/" + a.id;
            items.add(new InboxItemResponse(
                    "ABSENCE",
                    a.id,
                    a.teamId,
                    teams.get(a.teamId).name,
                    "Leave (" + a.kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + "): " + member
                            + ", " + range(a.startDate, a.endDate),
                    a.startDate,
                    a.endDate,
                    member,
                    a.requestedBy,
                    a.requestedAt,
                    null,
                    path + "/approve",
                    path + "/reject",
                    null));
        }
        for (Callout c : Callout.<Callout>list(
                "teamId in :teams and status = :status",
                Parameters.with("teams", ids).and("status", CalloutStatus.PENDING))) {
            Team team = teams.get(c.teamId);
            ZoneId zone = team.zone();
            Shift shift = names.shift(c.shiftId);
            String member = names.member(c.memberId);
            LocalDate day = c.start.atZone(zone).toLocalDate();
            String path = "/api/teams/" + c.teamId + "/callouts/" + c.id;
            items.add(new InboxItemResponse(
                    "CALLOUT",
                    c.id,
                    c.teamId,
                    team.name,
                    "Call-out: " + member + ", " + c.minutes + " min from " + day(day) + " "
                            + c.start.atZone(zone).toLocalTime() + " during the " + shift.name + " of "
                            + day(shift.date),
                    day,
                    day,
                    member,
                    c.loggedBy,
                    c.loggedAt,
                    null,
                    path + "/confirm",
                    path + "/reject",
                    null));
        }
        items.sort(Comparator.comparing(InboxItemResponse::requestedAt)
                .thenComparing(InboxItemResponse::kind)
                .thenComparing(InboxItemResponse::id));
        int from = (int) Math.min((long) paging.page * paging.size, items.size());
        int to = Math.min(from + paging.size, items.size());
        return new PageResponse<>(List.copyOf(items.subList(from, to)), paging.page, paging.size, items.size());
    }

    private static InboxItemResponse changeRequest(ChangeRequest c, Team team, Names names) {
        Shift shift = names.shift(c.shiftId);
        String holder = names.member(c.shiftMemberId);
        String summary;
        LocalDate start = shift.date;
        LocalDate end = shift.date;
        String member;
        List<InboxItemResponse.Effect> effects;
        if (c.type == ChangeType.SWAP) {
            Shift other = names.shift(c.otherShiftId);
            String otherHolder = names.member(c.otherShiftMemberId);
            summary = "Swap: " + holder + " gives the " + shift.name + " of " + day(shift.date) + " to " + otherHolder
                    + " and takes their " + other.name + " of " + day(other.date);
            start = other.date.isBefore(start) ? other.date : start;
            end = other.date.isAfter(end) ? other.date : end;
            member = holder;
            effects = List.of(
                    effect(c.shiftMemberId, holder, List.of(other), List.of(shift)),
                    effect(c.otherShiftMemberId, otherHolder, List.of(shift), List.of(other)));
        } else {
            member = names.member(c.memberId);
            summary = "Cover: " + member + " takes the " + shift.name + " of " + day(shift.date)
                    + (holder == null ? " (a gap)" : " from " + holder);
            effects = holder == null
                    ? List.of(effect(c.memberId, member, List.of(shift), List.of()))
                    : List.of(
                            effect(c.memberId, member, List.of(shift), List.of()),
                            effect(c.shiftMemberId, holder, List.of(), List.of(shift)));
        }
        List<String> breaches = c.breaches == null ? null : Arrays.asList(c.breaches.split("\n"));
        String path = "/api/change-requests/" + c.id;
        return new InboxItemResponse(
                "CHANGE_REQUEST",
                c.id,
                c.teamId,
                team.name,
                summary + ": " + c.reason,
                start,
                end,
                member,
                c.requestedBy,
                c.requestedAt,
                breaches,
                path + "/approve",
                path + "/reject",
                effects);
    }

    private static InboxItemResponse.Effect effect(Long memberId, String name, List<Shift> gains, List<Shift> loses) {
        double change = gains.stream().mapToDouble(s -> s.weight.doubleValue()).sum()
                - loses.stream().mapToDouble(s -> s.weight.doubleValue()).sum();
        return new InboxItemResponse.Effect(
                memberId,
                name,
                gains.stream().map(InboxService::describe).toList(),
                loses.stream().map(InboxService::describe).toList(),
                change);
    }

    private static String describe(Shift shift) {
        return shift.name + " of " + day(shift.date) + " (" + shift.dayType.words() + ")";
    }

    /** A date as people read it in the inbox: Thu 3 Dec 2026. */
    private static String day(LocalDate date) {
        return DAY.format(date);
    }

    private static String range(LocalDate start, LocalDate end) {
        return start.equals(end) ? day(start) : day(start) + " to " + day(end);
    }

    /** Members' names and shifts looked up once per answer. */
    private static final class Names {
        private final Map<Long, String> members = new HashMap<>();
        private final Map<Long, Shift> shifts = new HashMap<>();

        String member(Long id) {
            if (id == null) {
                return null;
            }
            return members.computeIfAbsent(
                    id,
                    key -> Member.<Member>findByIdOptional(key).map(m -> m.name).orElse("member " + key));
        }

        Shift shift(Long id) {
            return shifts.computeIfAbsent(id, key -> Shift.findById(key));
        }
    }
}
