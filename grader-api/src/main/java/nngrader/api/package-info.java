/**
 * What hidden suites are written against: {@code @Student} and {@code @Reference} parameters, {@code @Points},
 * {@code @Visibility}, {@code @TimeLimit}, {@code @TestNumber}, {@link nngrader.api.Grade} for partial credit,
 * {@link nngrader.api.Seeded} for random inputs and {@link nngrader.api.Check} for comparisons that explain a
 * failure to a student. The only package a suite needs from the grader.
 */
package nngrader.api;
