/** A regrade spread over machines: slices {@code i/N} of a class ({@code batch --shard}) and joining them ({@code merge}). */
package nngrader.batch.shard;
