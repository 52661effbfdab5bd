/** The locate stage: finds each submitted file anywhere in an upload, decodes it, and says what is missing or ambiguous. */
package nngrader.locate;
