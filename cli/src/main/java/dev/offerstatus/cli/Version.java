package dev.offerstatus.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version the build wrote into {@code offer-status-cli.properties}. */
final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() throws IOException {
    Properties properties = new Properties();
    try (InputStream in = Version.class.getResourceAsStream("/offer-status-cli.properties")) {
      if (in != null) {
        properties.load(in);
      }
    }
    return new String[] {"offer-status " + properties.getProperty("version", "(unknown version)")};
  }
}
