package org.standby.rota.engine;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
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

    /** Weight zero for the constraints that cannot penalise anything in this problem ({@link IdleConstraints}). */
    private ConstraintWeightOverrides<HardMediumSoftLongScore> constraintWeightOverrides =
            ConstraintWeightOverrides.none();

    /** For the solver's cloning. */
    public RotaSolution() {}

    /** With every constraint on. */
    public RotaSolution(List<RotaMember> members, List<ShiftSlot> slots) {
        this.members = members;
        this.slots = slots;
    }

    /** With the given constraints switched off (they must be unable to penalise anything in this problem). */
    RotaSolution(List<RotaMember> members, List<ShiftSlot> slots, java.util.Set<String> idleConstraints) {
        this(members, slots);
        this.constraintWeightOverrides = IdleConstraints.overrides(idleConstraints);
    }

    public ConstraintWeightOverrides<HardMediumSoftLongScore> getConstraintWeightOverrides() {
        return constraintWeightOverrides;
    }

    /** For the solver's cloning. */
    public void setConstraintWeightOverrides(ConstraintWeightOverrides<HardMediumSoftLongScore> overrides) {
        this.constraintWeightOverrides = overrides;
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
