/**
 * One request as the commands and the batch engine build it from the contract: the shipped or
 * {@code --spec} {@link dev.offerstatus.cli.request.Contract}, the columns or options that name its
 * fields ({@link dev.offerstatus.cli.request.RequestColumns}), the choice of operation, JSON bodies
 * and UTF-8 input, sending it ({@link dev.offerstatus.cli.request.RequestSender}) and its {@link
 * dev.offerstatus.cli.request.Outcome}. Nothing here knows a command or a batch.
 */
package dev.offerstatus.cli.request;
