package dev.offerstatus.cli;

import dev.offerstatus.cli.console.CliException;
import dev.offerstatus.cli.console.ExitCodes;
import dev.offerstatus.cli.console.UnicodeText;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code offer-status} command line: the toolkit's front door. */
@Command(
    name = "offer-status",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Updates Feishu intern offers (POST /open-apis/hire/v1/offers/{offer_id}/intern_offer_status),"
          + " checking every request against the contract first, and reads offers (show, list).",
      "Credentials: FEISHU_APP_ID and FEISHU_APP_SECRET, FEISHU_TENANT_ACCESS_TOKEN, or --config"
          + " FILE; never on the command line. --simulator needs none."
    },
    subcommands = {
      ConfirmOnboardingCommand.class,
      CancelOnboardingCommand.class,
      OffboardCommand.class,
      ShowCommand.class,
      ListCommand.class,
      ValidateCommand.class,
      BatchCommand.class,
      CallCommand.class,
      SimulatorCommand.class,
      FetchDocCommand.class,
      CheckSdkCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Exit status: 0 ok, 1 rejected (by validation or by Feishu), 2 usage or unusable input,"
          + " 3 transport failure or unknown outcome.",
      "",
      "Examples:",
      "  ./offer-status validate 7016605170635213100 --body cli/examples/confirm.json",
      "  ./offer-status show 7016605170635213100 --simulator",
      "  ./offer-status batch cli/examples/batch.csv --simulator"
    })
public final class OfferStatusCli implements Runnable {
  @Spec CommandSpec spec;

  /** Runs one command and exits with its status. */
  public static void main(String[] args) {
    // Libraries log through java.util.logging (Hibernate Validator's start-up banner): keep the
    // terminal for the CLI's own output.
    Logger.getLogger("").setLevel(Level.WARNING);
    for (Handler handler : Logger.getLogger("").getHandlers()) {
      handler.setLevel(Level.WARNING);
    }
    PrintWriter out =
        new PrintWriter(
            new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8),
            true);
    PrintWriter err =
        new PrintWriter(
            new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8),
            true);
    int status = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(status);
  }

  /** Runs one command, writing to {@code out} and {@code err}; returns the exit status. */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new OfferStatusCli());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler(
        (exception, cmd, parseResult) -> {
          if (exception instanceof CliException e) {
            err.println(
                cmd.getColorScheme().errorText(UnicodeText.printable("error: " + e.getMessage())));
            err.flush();
            return e.exitCode();
          }
          err.println(
              cmd.getColorScheme()
                  .errorText(UnicodeText.printable("error: unexpected failure: " + exception)));
          err.flush();
          return ExitCodes.TRANSPORT;
        });
    return commandLine.execute(args);
  }

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "Missing command: name one of the commands below.");
  }
}
