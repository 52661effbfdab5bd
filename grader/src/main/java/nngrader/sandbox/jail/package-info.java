/**
 * Isolation of the worker: its own sandbox user per grading, cgroups, namespaces and rlimits where the machine
 * allows them, the probes that tell the staff what student code could still read or reach, and the clean-up
 * after each grading. The table in {@code docs/DESIGN.md} says what holds with and without CAP_SYS_ADMIN.
 */
package nngrader.sandbox.jail;
