package dev.offerstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Starts the packaged jar as a process with the current {@code java}, in a clean environment. */
public final class Cli {
  static final Path JAR = Path.of(System.getProperty("cli.jar", "target/offer-status-cli.jar"));
  static final String JAVA =
      Path.of(System.getProperty("java.home"), "bin", "java").toAbsolutePath().toString();

  /**
   * The CLIs' java.io.tmpdir, one per test JVM: a batch run's offer claims live there, so two
   * builds on one machine (CI runners, worktrees) would otherwise refuse each other's offers A and
   * B.
   */
  private static final Path TMPDIR = privateTmpdir();

  /** What a finished process left behind. */
  public record Result(int exit, String out, String err) {
    List<String> outLines() {
      return out.isEmpty() ? List.of() : List.of(out.split("\n"));
    }

    public List<String> errLines() {
      return err.isEmpty() ? List.of() : List.of(err.split("\n"));
    }
  }

  private final Map<String, String> env = new HashMap<>();
  private final Path home;
  private Path directory;
  private byte[] stdin = new byte[0];

  private Cli(Path home) {
    this.home = home;
    this.directory = home;
  }

  /** A CLI with HOME in {@code home} (no config file), no FEISHU_* variables, English locale. */
  public static Cli in(Path home) {
    assertThat(JAR).as("the packaged jar (run through failsafe after package)").exists();
    return new Cli(home);
  }

  public Cli env(String name, String value) {
    env.put(name, value);
    return this;
  }

  Cli stdin(String text) {
    this.stdin = text.getBytes(StandardCharsets.UTF_8);
    return this;
  }

  Cli directory(Path directory) {
    this.directory = directory;
    return this;
  }

  /** Starts the jar without waiting. */
  public Process start(String... args) {
    List<String> command =
        new ArrayList<>(
            List.of(
                JAVA,
                "-Xshare:auto",
                "-XX:TieredStopAtLevel=1",
                "-jar",
                JAR.toAbsolutePath().toString()));
    if (!env.containsKey("JAVA_TOOL_OPTIONS")) { // a test's own java.io.tmpdir wins
      command.add(1, "-Djava.io.tmpdir=" + TMPDIR);
    }
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
    Map<String, String> environment = builder.environment();
    environment
        .keySet()
        .removeIf(
            k -> k.startsWith("FEISHU_") || k.startsWith("LC_") || k.equals("XDG_CONFIG_HOME"));
    environment.put("HOME", home.toString());
    environment.put("LANG", "C.UTF-8");
    environment.put("NO_COLOR", "1");
    environment.putAll(env);
    try {
      Process process = builder.start();
      process.getOutputStream().write(stdin);
      process.getOutputStream().close();
      return process;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path privateTmpdir() {
    try {
      return Files.createTempDirectory("offer-status-cli-it");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs the jar to its end (at most a minute). */
  public Result run(String... args) {
    Process process = start(args);
    CompletableFuture<String> out = read(process.getInputStream());
    CompletableFuture<String> err = read(process.getErrorStream());
    try {
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished within a minute").isTrue();
      return new Result(process.exitValue(), out.join(), err.join());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      process.destroyForcibly();
    }
  }

  static CompletableFuture<String> read(InputStream in) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  public static Path write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
