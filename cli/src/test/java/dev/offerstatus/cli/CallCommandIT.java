package dev.offerstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offerstatus.simulator.Offer;
import dev.offerstatus.simulator.OfferState;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code call OPERATION_ID}: any operation of the spec, with the same validation, tokens, typed
 * errors and exit codes as the other commands; through the packaged jar.
 */
class CallCommandIT {
  @TempDir Path dir;

  @RegisterExtension
  final SimulatorFixture simulator =
      SimulatorFixture.seeded(
          Offer.of("SENT", OfferState.of(6)),
          Offer.pendingOnboarding("7016605170635213100").withTalentId("T"));

  private Cli.Result call(String body, String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "call";
    System.arraycopy(args, 0, all, 1, args.length);
    all[args.length + 1] = "--base-url=" + simulator.get().baseUrl();
    return SimulatorFixture.cli(dir).stdin(body).run(all);
  }

  @Test
  void anOperationTheSpecLacksOrAParameterItLacksIsAUsageError() {
    Cli.Result operation = call("", "getOffers");
    Cli.Result parameter = call("", "getOffer", "--param", "offer=1");

    assertThat(operation.exit()).isEqualTo(2);
    assertThat(operation.err())
        .isEqualTo(
            "error: the spec has no operation getOffers (it has: tenantAccessTokenInternal,"
                + " internOfferStatus, getOffer, listOffers, updateOfferStatus)\n");
    assertThat(parameter.exit()).isEqualTo(2);
    assertThat(parameter.err())
        .isEqualTo(
            "error: --param offer: getOffer has no such parameter (it has: offer_id,"
                + " user_id_type, department_id_type, job_level_id_type, job_family_id_type,"
                + " employee_type_id_type)\n");
    assertThat(simulator.get().exchanges()).isEmpty();
  }

  @Test
  void aBodyThatBreaksARuleIsNotSentAndExitsOne() {
    Cli.Result result =
        call(
            "{\"offer_status\":8}", "updateOfferStatus", "--param", "offer_id=SENT", "--body", "-");

    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.err()).isEqualTo("invalid request, not sent (1 violation(s)):\n");
    assertThat(result.out())
        .isEqualTo(
            "termination_reason_id_list: is required when offer_status is 8 (rule"
                + " termination-reason-id-list-required-for-candidate-rejected)\n");
    assertThat(simulator.get().exchanges()).isEmpty();
  }

  @Test
  void aBodyWithAKeyGivenTwiceIsRefusedBeforeTheRules() {
    Cli.Result result =
        call(
            "{\"offer_status\":7,\"offer_status\":8}",
            "updateOfferStatus",
            "--param",
            "offer_id=SENT",
            "--body",
            "-");

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("error: stdin: key \"offer_status\" appears twice\n");
  }

  @Test
  void anErrorOfAKindWithoutSpecialHandlingIsStillATypedRejection() {
    // 1002064 offer-not-found: a kind the client handles like any endpoint error.
    Cli.Result result =
        call(
            "{\"offer_status\":7}",
            "updateOfferStatus",
            "--param",
            "offer_id=6930815272790114399",
            "--body",
            "-",
            "--json");

    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.out())
        .matches(
            "\\{\"outcome\":\"rejected\",\"operation_id\":\"updateOfferStatus\",\"code\":1002064,"
                + "\"log_id\":\"[0-9A-F]{30}\",\"message\":\"PATCH /open-apis/hire/v1/offers/"
                + "6930815272790114399/offer_status: Feishu answered code 1002064 .*offer-not-found.*"
                + "\"}\n");
  }

  @Test
  void aReadWithQueryParametersPrintsItsData() {
    Cli.Result result =
        call("", "listOffers", "--param", "talent_id=T", "--param", "page_size=10", "--json");

    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(result.out())
        .matches(
            "\\{\"outcome\":\"ok\",\"operation_id\":\"listOffers\",\"code\":0,\"log_id\":"
                + "\"[0-9A-F]{30}\",\"data\":\\{.*\"id\":\"7016605170635213100\".*}}\n");
  }

  @Test
  void aSpecFileThatIsNotASpecIsAUsageError() {
    Path broken = Cli.write(dir.resolve("broken.yaml"), "openapi: [3.0.3\n");

    Cli.Result result = call("", "getOffer", "--spec", broken.toString());

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).startsWith("error: --spec " + broken + ": ");
  }

  @Test
  void rateIsCheckedAgainstThePerSecondLimitOfTheOperationSent() {
    Cli.Result intern =
        call(
            "{\"operation\":\"cancel_onboarding\"}",
            "internOfferStatus",
            "--param",
            "offer_id=7016605170635213100",
            "--body",
            "-",
            "--rate",
            "51");
    // updateOfferStatus declares only 100 a minute: 60 a second is paced by that window
    Cli.Result update =
        call(
            "{\"offer_status\":7}",
            "updateOfferStatus",
            "--param",
            "offer_id=SENT",
            "--body",
            "-",
            "--rate",
            "60");

    assertThat(intern.exit()).isEqualTo(2);
    assertThat(intern.err())
        .isEqualTo(
            "error: --rate must be between 1 and 50 (the x-rate-limit per second of"
                + " internOfferStatus), got 51\n");
    assertThat(update.exit()).as(update.err()).isZero();
  }
}
