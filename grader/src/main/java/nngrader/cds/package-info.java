/** Class-data sharing: the JVMs' start-up archives, where they live, when they may be used, how they are made. */
package nngrader.cds;
