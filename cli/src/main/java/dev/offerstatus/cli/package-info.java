/**
 * The {@code offer-status} command line: one picocli command per class (batch, the operations,
 * call, show, list, validate, simulator, fetch-doc, check-sdk) and the connection they open. The
 * batch engine is in {@link dev.offerstatus.cli.batch}, the request model in {@link
 * dev.offerstatus.cli.request}, and the console, messages and exit codes in {@link
 * dev.offerstatus.cli.console}; those packages never import this one.
 */
package dev.offerstatus.cli;
