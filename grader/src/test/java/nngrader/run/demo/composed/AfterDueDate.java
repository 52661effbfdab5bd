package nngrader.run.demo.composed;

import nngrader.api.Visibility;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A composed class-level visibility. */
@Visibility(Visibility.Level.AFTER_DUE_DATE)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface AfterDueDate {
}
