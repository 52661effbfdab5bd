package nngrader.verify.demo.suite;

import nngrader.api.Points;
import nngrader.api.Student;
import nngrader.verify.demo.Arithmetic;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A two-test hidden suite: 1.1 checks add, 1.2 checks negate. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ArithmeticSuite {

    @Test @Order(1) @Points(2) @DisplayName("add: 2 + 3 = 5 and 7 + 0 = 7")
    void adds(@Student Arithmetic s) {
        assertEquals(5, s.add(2, 3), "add(2, 3)");
        assertEquals(7, s.add(7, 0), "add(7, 0)");
    }

    @Test @Order(2) @Points(1) @DisplayName("negate: −4")
    void negates(@Student Arithmetic s) {
        assertEquals(-4, s.negate(4), "negate(4)");
    }
}
