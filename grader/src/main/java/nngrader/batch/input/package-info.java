/** A class's submissions as they arrive: folders and zips (unpacked safely), and Gradescope's export with its students. */
package nngrader.batch.input;
