package nngrader.run.demo.composed;

import nngrader.api.HiddenUntilPublished;
import nngrader.api.Points;
import nngrader.api.Student;
import nngrader.run.demo.Calculator;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Tests whose points, limit, number and visibility come from composed annotations only. */
@AfterDueDate
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ComposedSuite {

    @CalculatorTest @Order(1)
    void spins(@Student Calculator s) {
        s.spin();
    }

    @HiddenUntilPublished @Order(2) @Points(2)
    void adds(@Student Calculator s) {
        assertEquals(5, s.add(2, 3), "add(2, 3)");
    }

    @Test @Order(3) @Points(1)
    void takesTheClassVisibility(@Student Calculator s) {
        assertEquals(0, s.add(0, 0), "add(0, 0)");
    }
}
