package dev.offerstatus.cli.request;

import dev.offerstatus.cli.console.CliException;
import dev.offerstatus.cli.console.CliInputFiles;
import dev.offerstatus.cli.console.CliMessages;
import dev.offerstatus.cli.console.ExitCodes;
import dev.offerstatus.rules.OfferStatusRules;
import dev.offerstatus.spec.ContractModel;
import dev.offerstatus.spec.InvalidSpecException;
import java.nio.file.Path;

/**
 * The spec a command works from, the shipped one or {@code --spec FILE}: its model and its rules.
 * Every operation, parameter, field and state the CLI handles comes from here.
 */
public record Contract(ContractModel model, OfferStatusRules rules, Path file) {
  /** The spec shipped in the jar. */
  public static Contract shipped() {
    return new Contract(ContractModel.fromClasspath(), OfferStatusRules.fromClasspath(), null);
  }

  /** The shipped spec, or the one in {@code file} when it is not null. */
  public static Contract of(Path file, CliMessages t) {
    if (file == null) {
      return shipped();
    }
    String yaml = Utf8Chars.decode(CliInputFiles.read(file, t), CliInputFiles.name(file, t), t);
    try {
      ContractModel model = ContractModel.parse(yaml);
      return new Contract(model, OfferStatusRules.of(model), file);
    } catch (InvalidSpecException e) {
      throw new CliException(ExitCodes.USAGE, t.get("spec.invalid", file, e.getMessage()), e);
    }
  }
}
