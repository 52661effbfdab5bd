/**
 * The run stage: the hidden JUnit suite runs in the grader JVM (JUnit Platform Launcher); its extensions give
 * tests their {@code @Student} proxies, clocks and seeds, and each test becomes an outcome with points.
 */
package nngrader.run;
