package dev.offerstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.offerstatus.simulator.Simulator;
import dev.offerstatus.spec.synthetic.SyntheticContract;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Adding an operation needs no Java: a copy of the spec with a further, synthetic operation (the
 * spec module's {@link SyntheticContract}) is checked and called by the packaged CLI with no Java
 * change: {@code call --spec} reaches it, its rules are enforced, its undeclared-elsewhere error
 * kind comes back typed, and {@code validate --spec} chooses it by its fields.
 */
class SyntheticOperationIT {
  private static final String OFFER = "7016605170635213100";
  private static final String CANDIDATE_NOTE =
      "{\"note_type\":\"candidate\",\"note\":\"已电话沟通\",\"visible_to\":[\"candidate@example.com\"]}";

  @TempDir Path dir;

  private Path spec() {
    return SyntheticContract.write(dir.resolve("contract"));
  }

  @Test
  void callReachesTheSyntheticOperationOfACopyOfTheSpecServedByASimulator() {
    Path spec = spec();
    try (Simulator simulator =
        Simulator.builder()
            .app(SimulatorFixture.APP_ID, SimulatorFixture.APP_SECRET)
            .spec(SyntheticContract.model())
            .start()) {
      Cli.Result result =
          SimulatorFixture.cli(dir)
              .stdin(CANDIDATE_NOTE)
              .run(
                  "call",
                  SyntheticContract.OPERATION_ID,
                  "--spec",
                  spec.toString(),
                  "--param",
                  "offer_id=" + OFFER,
                  "--body",
                  "-",
                  "--base-url=" + simulator.baseUrl());

      assertThat(result.exit()).as(result.err()).isZero();
      assertThat(result.outLines().get(0))
          .matches("ok: " + SyntheticContract.OPERATION_ID + " \\(log id [0-9A-F]{30}\\)");
      assertThat(simulator.exchanges())
          .filteredOn(e -> e.path().endsWith("/synthetic_notes"))
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.method()).isEqualTo(SyntheticContract.METHOD);
                assertThat(e.path()).isEqualTo(SyntheticContract.PATH.replace("{offer_id}", OFFER));
                assertThat(e.code()).isZero();
              });
    }
  }

  @Test
  void theSyntheticOperationsRuleIsCheckedBeforeAnythingIsSent() {
    Path spec = spec();

    Cli.Result call =
        SimulatorFixture.cli(dir)
            .stdin("{\"note_type\":\"candidate\",\"note\":\"x\"}")
            .run(
                "call",
                SyntheticContract.OPERATION_ID,
                "--spec",
                spec.toString(),
                "--param",
                "offer_id=" + OFFER,
                "--body",
                "-",
                "--simulator");
    Cli.Result validate =
        Cli.in(dir)
            .run(
                "validate",
                OFFER,
                "--spec",
                spec.toString(),
                "--field",
                "note_type=internal",
                "--field",
                "note=已电话沟通");

    assertThat(call.exit()).isEqualTo(1);
    assertThat(call.out())
        .isEqualTo(
            "visible_to: is required when note_type is \"candidate\" (rule"
                + " visible-to-required-for-candidate-notes)\n");
    assertThat(validate.exit()).as(validate.err()).isZero();
    assertThat(validate.out())
        .isEqualTo(
            "valid: the request satisfies the contract of "
                + SyntheticContract.OPERATION_ID
                + "\n");
  }

  @Test
  void anInProcessSimulatorServesTheSpecGivenWithSpec() {
    Cli.Result result =
        Cli.in(dir)
            .stdin(CANDIDATE_NOTE)
            .run(
                "call",
                SyntheticContract.OPERATION_ID,
                "--spec",
                spec().toString(),
                "--param",
                "offer_id=" + OFFER,
                "--body",
                "-",
                "--simulator",
                "--json");

    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(result.out())
        .startsWith(
            "{\"outcome\":\"ok\",\"operation_id\":\"" + SyntheticContract.OPERATION_ID + "\"");
  }

  @Test
  void aCodeOfTheSyntheticKindNobodyHandlesIsATypedRejection() throws IOException {
    HttpServer feishu = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    feishu.createContext(
        "/",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          byte[] body =
              ("{\"code\":"
                      + SyntheticContract.UNHANDLED_CODE
                      + ",\"msg\":\"Offer 备注已锁定\",\"data\":{}}")
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "application/json");
          exchange.sendResponseHeaders(400, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    feishu.start();
    try {
      Cli.Result result =
          Cli.in(dir)
              .env("FEISHU_TENANT_ACCESS_TOKEN", "t-test")
              .stdin(CANDIDATE_NOTE)
              .run(
                  "call",
                  SyntheticContract.OPERATION_ID,
                  "--spec",
                  spec().toString(),
                  "--param",
                  "offer_id=" + OFFER,
                  "--body",
                  "-",
                  "--base-url=http://127.0.0.1:" + feishu.getAddress().getPort() + "/");

      // rejected (exit 1), not unknown: the copy of the spec declares the code and its kind
      assertThat(result.exit()).isEqualTo(1);
      assertThat(result.err())
          .startsWith(
              "rejected: POST /open-apis/hire/v1/offers/"
                  + OFFER
                  + "/synthetic_notes: Feishu answered code "
                  + SyntheticContract.UNHANDLED_CODE)
          .contains(SyntheticContract.UNHANDLED_KIND);
    } finally {
      feishu.stop(0);
    }
  }
}
