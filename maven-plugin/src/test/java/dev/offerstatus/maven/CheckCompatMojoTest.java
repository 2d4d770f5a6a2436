package dev.offerstatus.maven;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offerstatus.checks.CheckInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check-compat's bad input: spec files it cannot read are named, never a Java exception. */
class CheckCompatMojoTest {
  @TempDir Path project;

  private CheckCompatMojo mojo() {
    CheckCompatMojo mojo = new CheckCompatMojo(null);
    mojo.baseDir = project.toFile();
    mojo.outputDirectory = project.resolve("target/offer-status").toFile();
    mojo.spec = project.resolve("src/main/openapi/openapi.yaml").toFile();
    mojo.previousSpec = project.resolve("src/main/openapi/previous/openapi.yaml").toFile();
    return mojo;
  }

  @Test
  void aMissingSpecIsNamedWithoutAJavaExceptionClass() throws Exception {
    Files.createDirectories(project.resolve("src/main/openapi/previous"));
    Files.writeString(
        project.resolve("src/main/openapi/previous/openapi.yaml"), "openapi: 3.0.3\n");

    assertThatThrownBy(() -> mojo().check())
        .isInstanceOf(CheckInputException.class)
        .hasMessage("spec file src/main/openapi/openapi.yaml does not exist");
  }

  @Test
  void aPreviousSpecThatIsNotUtf8IsNamed() throws Exception {
    Files.createDirectories(project.resolve("src/main/openapi/previous"));
    Files.write(
        project.resolve("src/main/openapi/previous/openapi.yaml"),
        new byte[] {'o', 'p', 'e', 'n', (byte) 0xff, (byte) 0xfe, '\n'});

    assertThatThrownBy(() -> mojo().check())
        .isInstanceOf(CheckInputException.class)
        .hasMessage("previous spec file src/main/openapi/previous/openapi.yaml is not UTF-8 text");
  }

  @Test
  void aMissingPreviousSpecSaysHowToNameOne() {
    assertThatThrownBy(() -> mojo().check())
        .isInstanceOf(CheckInputException.class)
        .hasMessage(
            "previous spec file src/main/openapi/previous/openapi.yaml does not exist"
                + " (set previousSpec or previousArtifact)");
  }
}
