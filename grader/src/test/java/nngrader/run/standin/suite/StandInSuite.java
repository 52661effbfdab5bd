package nngrader.run.standin.suite;

import nngrader.api.Points;
import nngrader.api.Student;
import nngrader.run.standin.Accumulator;
import nngrader.run.standin.Report;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** One test of each file, and one of the Report that needs the Accumulator. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StandInSuite {

    @Test @Order(1) @Points(2) @DisplayName("sumOf adds every row")
    void sums(@Student Report report) {
        assertArrayEquals(new double[] {9, 12}, report.sumOf(new double[][] {{1, 2}, {3, 4}, {5, 6}}), "sumOf");
    }

    @Test @Order(2) @Points(1) @DisplayName("negated")
    void negates(@Student Report report) {
        assertArrayEquals(new double[] {-1, 2}, report.negated(new double[] {1, -2}), "negated");
    }

    @Test @Order(3) @Points(3) @DisplayName("total of what was added")
    void accumulates(@Student Accumulator sum) {
        sum.add(new double[] {1, 2});
        sum.add(new double[] {3});
        assertArrayEquals(new double[] {4, 2}, sum.total(), "total");
    }
}
