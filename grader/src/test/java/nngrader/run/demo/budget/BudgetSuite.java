package nngrader.run.demo.budget;

import nngrader.api.Points;
import nngrader.api.Student;
import nngrader.run.demo.Calculator;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** Every test spins until its deadline, so the run's time budget runs out. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BudgetSuite {
    @Test @Order(1) @Points(1) void spin1(@Student Calculator s) { s.spin(); }
    @Test @Order(2) @Points(1) void spin2(@Student Calculator s) { s.spin(); }
    @Test @Order(3) @Points(1) void spin3(@Student Calculator s) { s.spin(); }
    @Test @Order(4) @Points(1) void spin4(@Student Calculator s) { s.spin(); }
    @Test @Order(5) @Points(1) void spin5(@Student Calculator s) { s.spin(); }
    @Test @Order(6) @Points(1) void spin6(@Student Calculator s) { s.spin(); }
}
