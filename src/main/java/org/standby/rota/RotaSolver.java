package org.standby.rota;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.standby.rota.engine.RotaEngine;
import org.standby.rota.engine.RotaProblem;
import org.standby.rota.engine.RotaResult;

/**
 * The rota engine as generating and re-planning call it: never inside a transaction ({@code TxType.NEVER} refuses
 * the call if one is open), so no connection, row lock or team lock is held while it searches. The search is
 * bounded by the {@code standby.engine.*} step and move limits and a wall-clock safety cap ({@link EngineConfig}).
 */
@ApplicationScoped
public class RotaSolver {

    @Inject
    RotaEngine engine;

    @Transactional(Transactional.TxType.NEVER)
    public RotaResult solve(RotaProblem problem) {
        return engine.solve(problem);
    }
}
