package nngrader.run.demo.suite;

import nngrader.api.Check;
import nngrader.api.Grade;
import nngrader.api.TestNumber;
import nngrader.api.Points;
import nngrader.api.Reference;
import nngrader.api.Seeded;
import nngrader.api.Student;
import nngrader.api.TimeLimit;
import nngrader.api.Visibility;
import nngrader.run.demo.Calculator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A hidden suite that uses every feature of the instructor API once. */
@Order(1)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoSuite {

    @Test @Order(1) @Points(2) @DisplayName("add: 2 + 3 = 5")
    void adds(@Student Calculator s) {
        assertEquals(5, s.add(2, 3), "add(2, 3)");
    }

    @Test @Order(2) @Points(4)
    void partialCredit(@Student Calculator s, Grade grade) {
        grade.fraction(s.add(0, 1) / 4.0);
        grade.leaderboard("speed", 3.5, Grade.Order.DESCENDING);
        grade.note("a quarter of the credit");
    }

    @Test @Order(3) @Points(1) @TimeLimit(1) @DisplayName("spin returns")
    void spins(@Student Calculator s) {
        s.spin();
    }

    @Test @Order(4) @Points(1) @TestNumber("9.9") @Tag("numbered") @Visibility(Visibility.Level.HIDDEN)
    @DisplayName("numbered, tagged and hidden")
    void numbered(@Student Calculator s) {
        s.add(1, 1);
    }

    @Test @Order(5) @Points(3) @DisplayName("scale matches the reference on random vectors")
    void matchesReference(@Student Calculator s, @Reference Calculator ref, Seeded random) {
        for (int trial = 0; trial < 5; trial++) {
            double[] v = random.gaussian(random.between(1, 6), 2.0);
            double f = random.uniform(-3, 3);
            Check.allClose(ref.scale(v, f), s.scale(v, f), 1e-12, 0, "scale(" + Check.show(v) + ", " + f + ")");
        }
    }

    @Test @Order(6) @DisplayName("worth nothing, still shown")
    void unscored(@Student Calculator s) {
        s.add(0, 0);
    }
}
