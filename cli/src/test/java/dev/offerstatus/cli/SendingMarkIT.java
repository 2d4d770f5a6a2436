package dev.offerstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.offerstatus.simulator.Offer;
import dev.offerstatus.simulator.Simulator;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kill window: a row is journaled as {@code sending} when its request leaves (the client's
 * listener), not before the token fetch. A gateway that answers the token and then holds the status
 * request shows the order from the server's side; a kill while the request is on the wire leaves
 * the row in doubt, and the resume reads it back.
 */
class SendingMarkIT {
  private static final String SENDING_ROW_2 = "{\"event\":\"sending\",\"row\":2}";

  @TempDir Path dir;

  @Test
  void aRowIsInDoubtOnlyOnceItsRequestLeftAndAKillThenLeavesItInDoubt() throws Exception {
    Path file =
        Cli.write(
            dir.resolve("offers.csv"),
            "offer_id,operation,onboarding_date,offboarding_date,notes\n"
                + "A,confirm_onboarding,2022-01-01,,\n");
    Path journal = dir.resolve("offers.csv.journal");
    List<String> journalWhen = new CopyOnWriteArrayList<>();
    CountDownLatch statusArrived = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    HttpServer gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    gateway.setExecutor(Executors.newCachedThreadPool());
    gateway.createContext(
        "/open-apis/auth/v3/tenant_access_token/internal",
        exchange -> {
          journalWhen.add("token: " + read(journal));
          answer(
              exchange,
              "{\"code\":0,\"msg\":\"ok\",\"tenant_access_token\":\"t-gateway\",\"expire\":7200}");
        });
    gateway.createContext(
        "/open-apis/hire/v1/offers/",
        exchange -> {
          journalWhen.add("status: " + read(journal));
          statusArrived.countDown();
          try {
            release.await(30, TimeUnit.SECONDS); // the answer never comes before the kill
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          exchange.close();
        });
    gateway.start();
    Cli cli = Cli.in(dir).env("FEISHU_APP_ID", "cli_test").env("FEISHU_APP_SECRET", "s");
    Process process =
        cli.start(
            "batch",
            file.toString(),
            "--base-url=http://127.0.0.1:" + gateway.getAddress().getPort() + "/");
    try {
      assertThat(statusArrived.await(30, TimeUnit.SECONDS)).as("the request arrived").isTrue();
      process.destroyForcibly(); // SIGKILL while the request is on the wire
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    } finally {
      release.countDown();
      process.destroyForcibly();
      gateway.stop(0);
    }

    assertThat(journalWhen).hasSize(2);
    assertThat(journalWhen.get(0)).startsWith("token: ").doesNotContain("sending");
    assertThat(journalWhen.get(1)).startsWith("status: ").endsWith(SENDING_ROW_2 + "\n");
    assertThat(Files.readString(journal)).endsWith("\n" + SENDING_ROW_2 + "\n");

    // Feishu applied it before the kill: the resume reads the offer back and sends nothing.
    try (Simulator simulator =
        Simulator.builder()
            .app("cli_test", "s")
            .seed(Offer.onboarded("A", LocalDate.of(2022, 1, 1)))
            .start()) {
      Cli.Result resumed = cli.run("batch", file.toString(), "--base-url=" + simulator.baseUrl());

      assertThat(resumed.exit()).as(resumed.err()).isZero();
      assertThat(resumed.err()).contains("0 of 1 rows were completed earlier, 1 in doubt");
      assertThat(Files.readAllLines(dir.resolve("offers.csv.results.csv")).get(1))
          .matches(
              "2,internOfferStatus,A,operation=confirm_onboarding,ok,0,[0-9A-F]{30},"
                  + "applied by the interrupted run \\(read back\\)");
      assertThat(simulator.exchanges()).noneMatch(e -> e.path().endsWith("/intern_offer_status"));
    }
  }

  private static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file) : "";
    } catch (IOException e) {
      return "unreadable: " + e;
    }
  }

  private static void answer(HttpExchange exchange, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(200, body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }
}
