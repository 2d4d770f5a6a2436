/**
 * The {@code offer-status} command line: one picocli command per class (batch, the three
 * operations, show, list, validate, simulator, fetch-doc), the batch's checking pass, lanes,
 * journal and results, and the console, messages and exit codes they share.
 */
package dev.offerstatus.cli;
