package org.standby.rota.engine;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.standby.rota.engine.support.HesseSchoolYear;

class SmokeTest {
    @Test
    void run() {
        for (int steps : new int[] {1, 3000, 6000, 10000}) {
            RotaEngine engine = new RotaEngine(new EngineSettings(0, steps, steps, Duration.ofSeconds(60)));
            for (int size : new int[] {4, 6, 12}) {
                RotaResult r = engine.solve(HesseSchoolYear.problem(size));
                System.out.println("steps=" + steps + " size=" + size + " time=" + r.solveTime().toMillis() + " score=" + r.score() + " max=" + r.maxDeviation()
                        + " gaps=" + r.gaps() + " expl=" + r.explanations().size());
                if (steps == 1 || steps == 10000) r.fairness().forEach(f -> System.out.println("   " + f));
            }
        }
    }
}
