package dev.offerstatus.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.offerstatus.cli.Cli;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two concurrent runs never send rows of the same offer, whatever the bytes of their files, and the
 * lock directory is private, checked and followed through no link. Each CLI gets a temporary
 * directory of this test's own, so the lock directory is {@code tmp/offer-status-USER/locks}.
 */
class BatchClaimIT {
  private static final String HEADER = "offer_id,operation,onboarding_date,offboarding_date,notes";
  private static final String ROWS = "A,cancel_onboarding,,,\nB,cancel_onboarding,,,\n";

  @TempDir Path dir;

  private HttpServer server;
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private final CountDownLatch firstRequest = new CountDownLatch(1);
  private final CountDownLatch release = new CountDownLatch(1);

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.createContext(
        "/",
        exchange -> {
          requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
          exchange.getRequestBody().readAllBytes();
          firstRequest.countDown();
          try {
            release.await(30, TimeUnit.SECONDS); // the first run stays in flight meanwhile
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          byte[] body = "{\"code\":0,\"msg\":\"success\",\"data\":{}}".getBytes();
          exchange.getResponseHeaders().set("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    release.countDown();
    server.stop(0);
  }

  private Path tmp() throws IOException {
    return Files.createDirectories(dir.resolve("tmp"));
  }

  private Path locks() throws IOException {
    String user = System.getProperty("user.name").replaceAll("[^A-Za-z0-9._-]", "_");
    return tmp().resolve("offer-status-" + user).resolve("locks");
  }

  private Cli cli() throws IOException {
    return Cli.in(dir)
        .env("FEISHU_TENANT_ACCESS_TOKEN", "t-test")
        .env("JAVA_TOOL_OPTIONS", "-Djava.io.tmpdir=" + tmp());
  }

  private String baseUrl() {
    return "--base-url=http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  /** A directory of the given mode (rwx------ for one of the CLI's own). */
  private static Path directory(Path path, String mode) throws IOException {
    Files.createDirectories(path);
    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(mode));
    return path;
  }

  /** Runs a batch that must be refused before sending: exit 2, nothing sent; its error line. */
  private String refusedBatch() throws IOException {
    Path file = Cli.write(dir.resolve("offers.csv"), HEADER + "\n" + ROWS);
    Cli.Result result = cli().run("batch", file.toString(), baseUrl());
    assertThat(result.exit()).as(result.err()).isEqualTo(2);
    assertThat(requests).isEmpty();
    assertThat(errors(result)).hasSize(1);
    return errors(result).get(0);
  }

  private static String unsafe(Path locks, String problem) {
    return "error: the lock directory "
        + locks
        + " "
        + problem
        + ": refused, since another user could plant links in it; remove it, or give the CLI a"
        + " temporary directory of your own (OFFER_STATUS_JAVA_OPTS=-Djava.io.tmpdir=DIR)";
  }

  private static List<String> errors(Cli.Result result) {
    return result.errLines().stream()
        .filter(line -> !line.startsWith("Picked up JAVA_TOOL_OPTIONS"))
        .toList();
  }

  @Test
  void aCopyWithOneMoreBlankLineCannotSendTheOffersOfARunInFlight() throws Exception {
    Path first = Cli.write(dir.resolve("first.csv"), HEADER + "\n" + ROWS);
    // The same rows, other bytes: the lock keyed by the input's SHA-256 let both send.
    Path copy = Cli.write(dir.resolve("copy.csv"), HEADER + "\n" + ROWS + "\n");
    // Another file that shares one offer with the first.
    Path overlap =
        Cli.write(
            dir.resolve("overlap.csv"),
            HEADER + "\nC,cancel_onboarding,,,\n" + "B,cancel_onboarding,,,\n");

    Process running = cli().start("batch", first.toString(), "--parallel", "1", baseUrl());
    try {
      assertThat(firstRequest.await(30, TimeUnit.SECONDS)).as("the first run sends").isTrue();

      // The refusal names one offer both runs hold (the first by hash, here B) and its line.
      Cli.Result second = cli().run("batch", copy.toString(), baseUrl());
      Cli.Result third = cli().run("batch", overlap.toString(), baseUrl());

      assertThat(second.exit()).isEqualTo(2);
      assertThat(errors(second))
          .containsExactly(
              "error: offer B (line 3 of "
                  + copy
                  + ") is being sent by another batch run (journal "
                  + dir.resolve("first.csv.journal")
                  + "); wait for it to finish, or leave that offer's rows out of this file");
      assertThat(third.exit()).isEqualTo(2);
      assertThat(errors(third))
          .containsExactly(
              "error: offer B (line 3 of "
                  + overlap
                  + ") is being sent by another batch run (journal "
                  + dir.resolve("first.csv.journal")
                  + "); wait for it to finish, or leave that offer's rows out of this file");
      assertThat(dir.resolve("copy.csv.journal")).doesNotExist();
      assertThat(dir.resolve("overlap.csv.journal")).doesNotExist();
    } finally {
      release.countDown();
    }
    assertThat(running.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(running.exitValue()).isZero();
    assertThat(requests)
        .containsExactly(
            "POST /open-apis/hire/v1/offers/A/intern_offer_status",
            "POST /open-apis/hire/v1/offers/B/intern_offer_status");
    // The run's claim ended with it: the lock directory holds only the registry.
    try (Stream<Path> files = Files.list(locks())) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("registry.lock");
    }
  }

  @Test
  void aClaimLeftByARunThatDiedIsRemovedAndDoesNotBlock() throws Exception {
    release.countDown();
    directory(locks().getParent(), "rwx------");
    Path stale = directory(locks(), "rwx------").resolve("run-killed.offers");
    try (OutputStream file = Files.newOutputStream(stale);
        DataOutputStream out = new DataOutputStream(file)) {
      byte[] journal = "/gone/first.csv.journal".getBytes(StandardCharsets.UTF_8);
      out.write("offer-status-claim/1\n".getBytes(StandardCharsets.US_ASCII));
      out.writeInt(journal.length);
      out.write(journal);
      out.writeLong(1);
      out.writeLong(OfferCounter.hash("A")); // nobody holds its lock: its run was killed
    }
    Path file = Cli.write(dir.resolve("offers.csv"), HEADER + "\n" + ROWS);

    Cli.Result result = cli().run("batch", file.toString(), baseUrl());

    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(stale).doesNotExist();
  }

  @Test
  void aLockDirectoryOthersMayWriteInIsRefusedAndNothingIsSent() throws Exception {
    release.countDown();
    directory(locks().getParent(), "rwx------");
    directory(locks(), "rwxrwxrwx");

    assertThat(refusedBatch()).isEqualTo(unsafe(locks(), "has mode rwxrwxrwx, not rwx------"));
  }

  @Test
  void aLockDirectoryThatIsALinkIsRefusedAndTheLinksTargetIsUntouched() throws Exception {
    release.countDown();
    directory(locks().getParent(), "rwx------");
    Path elsewhere = directory(dir.resolve("elsewhere"), "rwx------");
    Path victim = Cli.write(elsewhere.resolve("registry.lock"), "precious\n");
    Files.createSymbolicLink(locks(), elsewhere);

    assertThat(refusedBatch())
        .isEqualTo(unsafe(locks(), "is not a directory (it may be a symbolic link)"));
    assertThat(victim).hasContent("precious");
  }

  @Test
  void aLockDirectoryOfAnotherUserIsRefused() throws Exception {
    Assumptions.assumeTrue(
        "root".equals(System.getProperty("user.name")), "only root can give a directory away");
    release.countDown();
    Path user = directory(locks().getParent(), "rwx------");
    Files.setAttribute(user, "unix:uid", 65534); // e.g. nobody pre-created it

    assertThat(refusedBatch())
        .isEqualTo(unsafe(user, "belongs to " + Files.getOwner(user).getName() + ", not to root"));
  }
}
