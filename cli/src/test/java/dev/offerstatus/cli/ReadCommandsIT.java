package dev.offerstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offerstatus.simulator.Offer;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** show and list against a simulator in this JVM, through the packaged jar. */
class ReadCommandsIT {
  private static final String PENDING = "7016605170635213100";
  private static final String TALENT = "7096320678581242123";

  @TempDir Path dir;

  @RegisterExtension
  final SimulatorFixture simulator =
      SimulatorFixture.seeded(
          Offer.pendingOnboarding(PENDING),
          Offer.onboarded("6949805467799537964", LocalDate.of(2022, 1, 1)),
          Offer.pendingOnboarding("6949805467799537999").withTalentId("other"));

  private Cli.Result run(String... args) {
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--base-url";
    all[args.length + 1] = simulator.get().baseUrl();
    return SimulatorFixture.cli(dir).run(all);
  }

  @Test
  void showPrintsTheStatusWithTheSpecsWordsAndTheOffer() {
    Cli.Result result = run("show", PENDING);

    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(result.outLines()).hasSize(2);
    assertThat(result.outLines().get(0))
        .matches(
            "offer "
                + PENDING
                + ": offer_status 11 \\(intern, pending onboarding \\(intern offers only\\)\\),"
                + " offer_type 2 \\(log id [0-9A-F]{30}\\)");
    assertThat(result.outLines().get(1)).startsWith("{\"id\":\"" + PENDING + "\",");
  }

  @Test
  void showSpeaksChinese() {
    Cli.Result result = run("show", PENDING, "--lang", "zh");

    assertThat(result.outLines().get(0))
        .matches("Offer " + PENDING + "：offer_status 11（实习待入职（仅实习 Offer 具有））.*");
  }

  @Test
  void showJson() {
    Cli.Result result = run("show", "6949805467799537964", "--json");

    assertThat(result.exit()).isZero();
    assertThat(result.out())
        .matches(
            "\\{\"outcome\":\"ok\",\"offer_id\":\"6949805467799537964\",\"offer_status\":12,"
                + "\"offer_status_name\":\"INTERN_ONBOARDED\",\"log_id\":\"[0-9A-F]{30}\","
                + "\"offer\":\\{\"id\":\"6949805467799537964\",.*\\}\\}\n");
  }

  @Test
  void anUnknownOfferIsRejectedByFeishuWithExitOne() {
    Cli.Result result = run("show", "6791698585114741000");

    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .startsWith(
            "rejected: GET /open-apis/hire/v1/offers/6791698585114741000: Feishu answered code"
                + " 1002002 \"")
        .contains("no offer with id \"6791698585114741000\" exists");
  }

  @Test
  void aBadOfferIdIsRefusedBeforeSendingWithExitOne() {
    Cli.Result result = run("show", "..");

    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.err()).isEqualTo("invalid request, not sent (1 violation(s)):\n");
    assertThat(result.out())
        .isEqualTo(
            "offer_id: must be one URL path segment (not blank, no \"/\", not \".\" or \"..\", no"
                + " control characters), was \"..\"\n");
    assertThat(simulator.get().exchanges()).isEmpty();
  }

  @Test
  void listPrintsEveryOfferOfTheTalentAcrossPages() {
    Cli.Result result = run("list", "--talent-id", TALENT, "--page-size", "1");

    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(result.outLines())
        .containsExactly(
            "6949805467799537964\t12 (intern, onboarded (intern offers only))\t2\t"
                + "application-of-6949805467799537964\t-",
            PENDING
                + "\t11 (intern, pending onboarding (intern offers only))\t2\t"
                + "application-of-"
                + PENDING
                + "\t-");
    assertThat(simulator.get().exchanges())
        .filteredOn(e -> e.path().equals("/open-apis/hire/v1/offers"))
        .hasSize(2);
  }

  @Test
  void listJsonIsOneObjectPerLine() {
    Cli.Result result = run("list", "--talent-id", "other", "--json");

    assertThat(result.exit()).isZero();
    assertThat(result.out())
        .matches(
            "\\{\"offer_id\":\"6949805467799537999\",\"offer_status\":11,"
                + "\"offer_status_name\":\"INTERN_PENDING_ONBOARDING\",\"offer\":\\{.*\\}\\}\n");
  }

  @Test
  void aTalentWithoutOffersPrintsNothing() {
    Cli.Result result = run("list", "--talent-id", "7096320678581240000");

    assertThat(result.exit()).isZero();
    assertThat(result.out()).isEmpty();
  }

  @Test
  void aPageSizeOverTheSpecsMaximumIsRefusedWithExitOne() {
    Cli.Result result = run("list", "--talent-id", TALENT, "--page-size", "201");

    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.out()).isEqualTo("page_size: must be at most 200, was 201\n");
    assertThat(simulator.get().exchanges()).isEmpty();
  }

  @Test
  void anEmptyTalentIdIsRefusedWithExitOne() {
    Cli.Result result = run("list", "--talent-id", "");

    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.out()).isEqualTo("talent_id: must have at least 1 character(s), was \"\"\n");
  }

  @Test
  void aMissingTalentIdIsAUsageError() {
    Cli.Result result = run("list");

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).startsWith("Missing required option: '--talent-id=ID'");
  }
}
