/** How a batch tells the user it is going: a bar on a terminal, a line per twentieth in a log. */
package nngrader.batch.progress;
