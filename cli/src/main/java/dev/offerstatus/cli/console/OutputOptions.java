package dev.offerstatus.cli.console;

import java.util.Locale;
import picocli.CommandLine.Option;

/** {@code --json} and {@code --lang}, shared by every command. */
public final class OutputOptions {
  /** The languages the CLI and the rules speak. */
  enum Lang {
    en,
    zh
  }

  @Option(names = "--json", description = "Print machine-readable JSON on stdout.")
  boolean json;

  @Option(
      names = "--lang",
      paramLabel = "en|zh",
      description = "Message language (default: from the locale, e.g. LANG=zh_CN.UTF-8).")
  Lang lang;

  CliMessages messages() {
    if (lang == null) {
      return CliMessages.forLocale(Locale.getDefault());
    }
    return CliMessages.forLocale(lang == Lang.zh ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
  }
}
