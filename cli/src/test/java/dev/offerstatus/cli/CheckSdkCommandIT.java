package dev.offerstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offerstatus.spec.ContractResources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check-sdk through the real jar, against the pinned SDK in the build's local repository. */
class CheckSdkCommandIT {
  static final String REPOSITORY = System.getProperty("sdk.repository");

  @TempDir Path dir;

  @BeforeEach
  void spec() throws IOException {
    Files.writeString(
        dir.resolve("openapi.yaml"), ContractResources.read(ContractResources.OPENAPI));
  }

  @Test
  void reportsEachDifferenceAndExitsZeroUnlessAskedToFail() {
    Cli.Result result =
        Cli.in(dir).run("check-sdk", "--spec", "openapi.yaml", "--repository", REPOSITORY);
    assertThat(result.err()).isEmpty();
    assertThat(result.exit()).isZero();
    assertThat(result.outLines())
        .contains(
            "com.lark.oapi.service.hire.v1.model.InternOfferStatus.offerId:"
                + " #/components/schemas/InternOfferStatusRequest/properties:"
                + " added request field offer_id (string)");
    assertThat(result.outLines().get(result.outLines().size() - 1))
        .startsWith("check-sdk: ")
        .contains(" differences between openapi.yaml and com.larksuite.oapi:oapi-sdk:2.5.3 in ");
    Cli.Result strict =
        Cli.in(dir)
            .run(
                "check-sdk",
                "--spec",
                "openapi.yaml",
                "--repository",
                REPOSITORY,
                "--fail-on-difference");
    assertThat(strict.exit()).isEqualTo(1);
  }

  @Test
  void aVersionTheRepositoryLacksExitsTwoNamingCoordinatesAndPath() {
    Cli.Result result =
        Cli.in(dir)
            .run(
                "check-sdk",
                "--spec",
                "openapi.yaml",
                "--repository",
                dir.toString(),
                "--sdk-version",
                "0.0.1");
    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err())
        .contains(
            "check-sdk: com.larksuite.oapi:oapi-sdk:0.0.1 is not in the local Maven repository "
                + dir
                + " (no "
                + dir.resolve("com/larksuite/oapi/oapi-sdk/0.0.1/oapi-sdk-0.0.1.jar")
                + "): check-sdk reads the SDK offline");
    assertThat(result.out()).isEmpty();
  }
}
