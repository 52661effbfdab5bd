/** The command line (picocli): one thin class per command, each handing off to the stage that does the work. */
package nngrader.cli;
