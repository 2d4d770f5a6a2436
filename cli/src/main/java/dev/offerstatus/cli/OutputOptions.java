package dev.offerstatus.cli;

import java.util.Locale;
import picocli.CommandLine.Option;

/** {@code --json} and {@code --lang}, shared by every command. */
final class OutputOptions {
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

  Texts texts() {
    if (lang == null) {
      return Texts.forLocale(Locale.getDefault());
    }
    return Texts.forLocale(lang == Lang.zh ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
  }
}
