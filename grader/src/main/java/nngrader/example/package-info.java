/** Example and mutant submissions written as edits of the reference ({@code examples/}, {@code mutants/}), and grading them. */
package nngrader.example;
