/** A run's scratch folders, removed when the run is done with them, even when the JVM is stopped first. */
package nngrader.scratch;
