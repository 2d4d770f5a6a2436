package dev.offerstatus.cli;

import dev.offerstatus.rules.OfferStatusRules;
import dev.offerstatus.spec.ContractModel;
import dev.offerstatus.spec.InvalidSpecException;
import java.nio.file.Path;

/**
 * The spec a command works from, the shipped one or {@code --spec FILE}: its model and its rules.
 * Every operation, parameter, field and state the CLI handles comes from here.
 */
record Contract(ContractModel model, OfferStatusRules rules, Path file) {
  /** The spec shipped in the jar. */
  static Contract shipped() {
    return new Contract(ContractModel.fromClasspath(), OfferStatusRules.fromClasspath(), null);
  }

  /** The shipped spec, or the one in {@code file} when it is not null. */
  static Contract of(Path file, Messages t) {
    if (file == null) {
      return shipped();
    }
    String yaml = Utf8Chars.decode(InputFiles.read(file, t), InputFiles.name(file, t), t);
    try {
      ContractModel model = ContractModel.parse(yaml);
      return new Contract(model, OfferStatusRules.of(model), file);
    } catch (InvalidSpecException e) {
      throw new CliException(ExitCodes.USAGE, t.get("spec.invalid", file, e.getMessage()), e);
    }
  }
}
