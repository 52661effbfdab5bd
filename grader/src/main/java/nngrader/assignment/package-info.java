/** An assignment as {@code assignment.json} describes it: the files students submit, the hidden suite, the limits. */
package nngrader.assignment;
