package org.standby.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.standby.calendar.DayType;
import org.standby.rota.Shift;
import org.standby.support.PublishedShifts;
import org.standby.support.TeamFixture;

/**
 * Issue 17: a bulk statement raises its team's revision after the commit like an entity change (so cached feeds
 * re-render), never before and never on rollback, and touches that team's rows only.
 */
@QuarkusTest
class BulkChangesTest {

    @Inject
    BulkChanges bulk;

    @Inject
    TeamRevisions revisions;

    private static long shiftOf(TeamFixture team) {
        return PublishedShifts.rota(team.teamId, "2031-01-01", "2031-01-31")
                .shift(team.memberId, "2031-01-06T18:00:00+01:00", "2031-01-07T08:00:00+01:00", DayType.TERM);
    }

    @Test
    void aBulkUpdateRaisesItsTeamsRevisionOnceAfterTheCommitAndChangesOnlyThatTeam() {
        TeamFixture team = TeamFixture.create();
        TeamFixture other = TeamFixture.create();
        long shift = shiftOf(team);
        long otherShift = shiftOf(other);
        long before = revisions.current(team.teamId);
        long otherBefore = revisions.current(other.teamId);

        QuarkusTransaction.requiringNew().run(() -> {
            // a condition that matches every team's shifts: the helper adds the team
            int changed = bulk.update(Shift.class, team.teamId, "sequence = sequence + 1 where sequence >= ?1", 0);
            assertThat(changed).isEqualTo(1);
            assertThat(revisions.current(team.teamId))
                    .as("not before the commit")
                    .isEqualTo(before);
        });

        assertThat(revisions.current(team.teamId)).isEqualTo(before + 1);
        assertThat(revisions.current(other.teamId)).isEqualTo(otherBefore);
        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(Shift.<Shift>findById(shift).sequence).isEqualTo(1);
            assertThat(Shift.<Shift>findById(otherShift).sequence).isZero();
        });
    }

    @Test
    void aRolledBackBulkDeleteLeavesTheRevisionAndTheRows() {
        TeamFixture team = TeamFixture.create();
        long shift = shiftOf(team);
        long before = revisions.current(team.teamId);
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
                    assertThat(bulk.delete(Shift.class, team.teamId, "id = ?1", shift))
                            .isEqualTo(1);
                    throw new IllegalStateException("roll back");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(revisions.current(team.teamId)).isEqualTo(before);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Shift.<Shift>findById(shift)))
                .isNotNull();

        QuarkusTransaction.requiringNew().run(() -> bulk.delete(Shift.class, team.teamId, "id = ?1", shift));
        assertThat(revisions.current(team.teamId)).isEqualTo(before + 1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Shift.<Shift>findById(shift)))
                .isNull();
    }

    @Test
    void anEntityFeedsShowCannotSkipTheRevision() {
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                        .run(() -> bulk.deleteNotShownInFeeds(Shift.class, "id = ?1", -1L)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
