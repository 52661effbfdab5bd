/** The build stage: compiles a submission over the official template; a file that fails costs only its own tests. */
package nngrader.build;
