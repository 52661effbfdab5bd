/**
 * The worker JVM seen from the grader: starting it jailed (its own user, memory ceiling, namespaces where the
 * kernel allows), calling into it with deadlines, and cleaning up after it. See {@code docs/DESIGN.md}.
 */
package nngrader.sandbox;
