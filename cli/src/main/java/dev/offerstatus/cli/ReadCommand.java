package dev.offerstatus.cli;

import dev.offerstatus.cli.console.Console;
import dev.offerstatus.cli.console.ExitCodes;
import dev.offerstatus.cli.console.OutputOptions;
import dev.offerstatus.cli.request.Contract;
import dev.offerstatus.cli.request.Outcome;
import dev.offerstatus.cli.request.Violations;
import dev.offerstatus.client.InvalidRequestException;
import dev.offerstatus.client.OfferStatusException;
import dev.offerstatus.simulator.Offer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that reads offers: the parameters are checked against the spec by the client before
 * anything is sent (a violation exits 1 like a rejected request), Feishu's errors exit as the write
 * commands' do.
 */
abstract class ReadCommand implements Callable<Integer> {
  @Mixin ConnectionOptions connection;

  @Mixin OutputOptions output;

  @Spec CommandSpec spec;

  /** What {@code --simulator} seeds when no {@code --seed} is given. */
  abstract List<Offer> simulatorSeed();

  /** Reads and prints; returns the exit status. */
  abstract int read(Backend backend, Console console);

  @Override
  public Integer call() {
    Console console = Console.of(spec, output);
    try (Backend backend =
        Backend.open(connection, console, Contract.shipped(), List.of(), simulatorSeed())) {
      return read(backend, console);
    } catch (InvalidRequestException e) {
      Violations.print(console, e.violations());
      return ExitCodes.REJECTED;
    } catch (OfferStatusException e) {
      return Outcome.of(e).report(console, Map.of(), e);
    }
  }
}
