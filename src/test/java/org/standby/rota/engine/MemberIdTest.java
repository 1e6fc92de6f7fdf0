package org.standby.rota.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemberIdTest {

    @Test
    void teamMembersAreOrderedByNumberAndWhatIfMembersAfterThemInTheOrderAdded() {
        List<MemberId> ids = new ArrayList<>(List.of(
                MemberId.hypothetical(2), MemberId.of(10), MemberId.hypothetical(1), MemberId.of(9), MemberId.of(100)));
        Collections.sort(ids);
        assertThat(ids)
                .containsExactly(
                        MemberId.of(9),
                        MemberId.of(10),
                        MemberId.of(100),
                        MemberId.hypothetical(1),
                        MemberId.hypothetical(2));
    }

    @Test
    void readsAsAMemberAndKeepsTheWhatIfNumber() {
        assertThat(MemberId.of(42)).hasToString("member 42").isEqualTo(MemberId.of(42));
        assertThat(MemberId.of(42).isHypothetical()).isFalse();
        assertThat(MemberId.hypothetical(3)).hasToString("new member 3");
        assertThat(MemberId.hypothetical(3).hypotheticalNumber()).isEqualTo(3);
    }

    @Test
    void aNegativeTeamMemberIdIsRefused() {
        assertThatThrownBy(() -> MemberId.of(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MemberId.hypothetical(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
