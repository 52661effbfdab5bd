package nngrader.run.demo.suite;

import nngrader.api.Points;
import nngrader.api.Student;
import nngrader.api.Visibility;
import nngrader.run.demo.Calculator;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Visibility given once for the whole class. */
@Order(2)
@Visibility(Visibility.Level.AFTER_DUE_DATE)
class LaterSuite {

    @Test @Points(1)
    void addsNegatives(@Student Calculator s) {
        assertEquals(-5, s.add(-2, -3), "add(-2, -3)");
    }
}
