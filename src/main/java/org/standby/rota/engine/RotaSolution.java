package org.standby.rota.engine;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.util.List;

/** The solver's working copy of a rota: members (values) and shift slots (entities). */
@PlanningSolution
public class RotaSolution {

    @ProblemFactCollectionProperty
    @ValueRangeProvider
    private List<RotaMember> members;

    @PlanningEntityCollectionProperty
    private List<ShiftSlot> slots;

    @PlanningScore
    private HardMediumSoftLongScore score;

    /** For the solver's cloning. */
    public RotaSolution() {}

    public RotaSolution(List<RotaMember> members, List<ShiftSlot> slots) {
        this.members = members;
        this.slots = slots;
    }

    public List<RotaMember> getMembers() {
        return members;
    }

    public List<ShiftSlot> getSlots() {
        return slots;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}
