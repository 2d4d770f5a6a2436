/**
 * What every command shares to talk to the user: the {@link dev.offerstatus.cli.console.Console}
 * (text or {@code --json}, colours, stdout and stderr), the CLI's own messages in English or
 * Chinese ({@link dev.offerstatus.cli.console.CliMessages}), exit codes, reading input files and
 * stdin with every failure turned into a message ({@link
 * dev.offerstatus.cli.console.CliInputFiles}), and showing text safely on a terminal.
 */
package dev.offerstatus.cli.console;
