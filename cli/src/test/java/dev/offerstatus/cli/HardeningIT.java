package dev.offerstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.offerstatus.simulator.Offer;
import dev.offerstatus.simulator.Simulator;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a batch run refuses to read, write or follow, through the packaged jar. */
class HardeningIT {
  private static final String HEADER = "offer_id,operation,onboarding_date,offboarding_date,notes";

  @TempDir Path dir;

  @Test
  void aRowWhoseTokenFetchFailedIsReleasedAndNotLaterCalledAppliedEarlier() throws Exception {
    HttpServer gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    gateway.createContext(
        "/",
        exchange -> {
          byte[] page = "<html><body>502 Bad Gateway</body></html>".getBytes();
          exchange.getResponseHeaders().set("Content-Type", "text/html");
          exchange.sendResponseHeaders(502, page.length);
          exchange.getResponseBody().write(page);
          exchange.close();
        });
    gateway.start();
    Path file = Cli.write(dir.resolve("offers.csv"), HEADER + "\nA,cancel_onboarding,,,\n");
    Cli cli = Cli.in(dir).env("FEISHU_APP_ID", "cli_test").env("FEISHU_APP_SECRET", "s");
    Cli.Result first;
    try {
      first =
          cli.run(
              "batch",
              file.toString(),
              "--base-url=http://127.0.0.1:" + gateway.getAddress().getPort() + "/");
    } finally {
      gateway.stop(0);
    }

    assertThat(first.exit()).isEqualTo(3);
    // The row is journaled as sending only when its request leaves (after the token fetch): a
    // failed token fetch leaves no trace of the row, so nothing is in doubt.
    assertThat(Files.readAllLines(dir.resolve("offers.csv.journal")))
        .hasSize(1)
        .first()
        .asString()
        .startsWith("{\"journal\":\"offer-status-batch-journal/1\"");
    assertThat(Files.readAllLines(dir.resolve("offers.csv.results.csv")).get(1))
        .startsWith("2,internOfferStatus,A,operation=cancel_onboarding,not-sent,,,");

    // The offer was changed elsewhere meanwhile: the resume must not claim this run applied it.
    try (Simulator simulator =
        Simulator.builder()
            .app("cli_test", "s")
            .seed(Offer.onboarded("A", java.time.LocalDate.of(2022, 1, 1)))
            .start()) {
      Cli.Result resumed = cli.run("batch", file.toString(), "--base-url=" + simulator.baseUrl());

      assertThat(resumed.exit()).isEqualTo(1);
      assertThat(Files.readAllLines(dir.resolve("offers.csv.results.csv")).get(1))
          .startsWith("2,internOfferStatus,A,operation=cancel_onboarding,rejected,1002067,");
    }
  }

  @Test
  void formulasFromTheInputAreNeutralisedInTheResults() throws IOException {
    Path file =
        Cli.write(
            dir.resolve("offers.csv"),
            HEADER
                + "\n=1+2,cancel_onboarding,,,\n\"=HYPERLINK(\"\"x\"\")\",cancel_onboarding,,,\n");

    try (Simulator simulator =
        Simulator.builder().app("cli_test", "s").seed(Offer.pendingOnboarding("=1+2")).start()) {
      Cli.Result sent =
          Cli.in(dir)
              .env("FEISHU_APP_ID", "cli_test")
              .env("FEISHU_APP_SECRET", "s")
              .run("batch", file.toString(), "--base-url=" + simulator.baseUrl());
      assertThat(sent.exit()).as(sent.err()).isEqualTo(1);
    }
    List<String> results = Files.readAllLines(dir.resolve("offers.csv.results.csv"));
    assertThat(results.get(1))
        .startsWith("2,internOfferStatus,'=1+2,operation=cancel_onboarding,ok,0,");
    assertThat(results.get(2))
        .startsWith(
            "3,internOfferStatus,\"'=HYPERLINK(\"\"x\"\")\",operation=cancel_onboarding,rejected,"
                + "1002002,");
  }

  @Test
  void halfOfTheAppInTheEnvironmentIsAnError() {
    Path file = Cli.write(dir.resolve("offers.csv"), HEADER + "\nA,cancel_onboarding,,,\n");
    Cli.write(dir.resolve("config.properties"), "app_id=cli_other\napp_secret=other\n");

    Cli.Result result =
        Cli.in(dir)
            .env("FEISHU_APP_ID", "cli_test")
            .run("batch", file.toString(), "--config", dir.resolve("config.properties").toString());

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err())
        .isEqualTo(
            "error: FEISHU_APP_ID is set but FEISHU_APP_SECRET is not: set both, or neither to use"
                + " the config file\n");
  }

  @Test
  void aConfigFileOthersCanReadIsWarnedAbout() throws IOException {
    Path config = Cli.write(dir.resolve("config.properties"), "app_id=cli_x\napp_secret=x\n");
    Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-r--r--"));
    Path file = Cli.write(dir.resolve("offers.csv"), HEADER + "\nA,cancel_onboarding,,,\n");

    Cli.Result result =
        Cli.in(dir)
            .run(
                "batch",
                file.toString(),
                "--config",
                config.toString(),
                "--base-url=http://127.0.0.1:9/");

    assertThat(result.errLines())
        .contains(
            "warning: the config file "
                + config
                + " holds the app secret and is readable by every user; run: chmod 600 "
                + config);

    Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-------"));
    Cli.Result quiet =
        Cli.in(dir)
            .run(
                "batch",
                file.toString(),
                "--config",
                config.toString(),
                "--base-url=http://127.0.0.1:9/");
    assertThat(quiet.err()).doesNotContain("warning:");
  }

  @Test
  void linksPlantedBesideTheInputAreNeitherFollowedNorWritten() throws IOException {
    // An input in a shared directory: another user plants FILE.journal and
    // FILE.results.csv.tmp as links to files of the user running the batch.
    Path victim = Cli.write(dir.resolve("victim.txt"), "precious\n");
    Path file = Cli.write(dir.resolve("offers.csv"), HEADER + "\nA,cancel_onboarding,,,\n");
    Files.createSymbolicLink(dir.resolve("offers.csv.journal"), victim);
    Files.createSymbolicLink(dir.resolve("offers.csv.results.csv.tmp"), victim);

    try (Simulator simulator =
        Simulator.builder().app("cli_test", "s").seed(Offer.pendingOnboarding("A")).start()) {
      Cli cli = Cli.in(dir).env("FEISHU_APP_ID", "cli_test").env("FEISHU_APP_SECRET", "s");
      Cli.Result refused = cli.run("batch", file.toString(), "--base-url=" + simulator.baseUrl());

      assertThat(refused.exit()).isEqualTo(2);
      assertThat(refused.err())
          .isEqualTo(
              "error: the journal "
                  + dir.resolve("offers.csv.journal")
                  + " is a symbolic link: refused, since writing through it would change another"
                  + " file; give the journal's real path with --journal\n");
      assertThat(simulator.exchanges()).isEmpty();

      Cli.Result sent =
          cli.run(
              "batch",
              file.toString(),
              "--journal",
              dir.resolve("own.journal").toString(),
              "--base-url=" + simulator.baseUrl());

      assertThat(sent.exit()).as(sent.err()).isZero();
    }
    assertThat(victim).hasContent("precious");
    assertThat(dir.resolve("offers.csv.results.csv")).isRegularFile();
    assertThat(Files.readAllLines(dir.resolve("offers.csv.results.csv")).get(1))
        .startsWith("2,internOfferStatus,A,operation=cancel_onboarding,ok,0,");
  }
}
