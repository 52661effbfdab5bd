package nngrader.run.demo.composed;

import nngrader.api.Points;
import nngrader.api.TestNumber;
import nngrader.api.TimeLimit;
import nngrader.api.Visibility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An instructor's own composed annotation: a hidden test worth 3 points, tagged, with a 1 s limit. */
@Test
@Tag("training")
@Points(3)
@TimeLimit(1)
@TestNumber("7.1")
@Visibility(Visibility.Level.HIDDEN)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface CalculatorTest {
}
