package org.standby.rota;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.standby.rota.dto.OnCallResponse;
import org.standby.security.Caller;
import org.standby.security.CallerService;
import org.standby.team.Member;
import org.standby.team.MemberService;
import org.standby.team.TeamService;

/** Who is on call now: published shifts only, contact details for everyone but plain viewers. */
@ApplicationScoped
public class OnCallService {

    @Inject
    Clock clock;

    @Inject
    CallerService callers;

    @Inject
    TeamService teams;

    @Inject
    MemberService members;

    @Inject
    RotaService rotas;

    public OnCallResponse at(long teamId, Instant at) {
        ZoneId zone = teams.visibleTeam(teamId).zone();
        Instant instant = at == null ? clock.instant() : at;
        Caller caller = callers.current();
        List<OnCallResponse.OnCall> people = rotas.onCallAt(teamId, instant).stream().map(shift -> {
            Member member = shift.memberId == null ? null : members.find(shift.memberId).orElse(null);
            boolean contact = member != null && caller.seesContactDetails();
            return new OnCallResponse.OnCall(shift.id, shift.name, shift.start.atZone(zone).toOffsetDateTime(),
                    shift.end.atZone(zone).toOffsetDateTime(), shift.memberId, member == null ? null : member.name,
                    contact ? member.email : null, contact ? member.phone : null);
        }).toList();
        return new OnCallResponse(instant.atZone(zone).toOffsetDateTime(), people);
    }
}
