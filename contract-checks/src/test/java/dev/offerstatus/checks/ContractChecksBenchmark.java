package dev.offerstatus.checks;

import dev.offerstatus.checks.doc.DocCheck;
import dev.offerstatus.checks.lint.LintCheck;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Measures check-doc + lint the way the plugin runs them (files on disk, a fresh JVM): on this
 * project's spec and doc, then on a generated spec of 200 operations against 200 generated doc
 * pages. Run it with {@code ./mvnw -B -pl contract-checks -am verify -DskipTests -Pbenchmark}.
 */
public final class ContractChecksBenchmark {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private ContractChecksBenchmark() {}

  public static void main(String[] args) throws Exception {
    long jvmStart = System.nanoTime();
    Path dir = Files.createTempDirectory("offer-status-benchmark");
    Path spec = Files.writeString(dir.resolve("openapi.yaml"), Contracts.SPEC);
    Path doc = Files.writeString(dir.resolve("intern_offer_status.md"), Contracts.DOC);
    Supplier<Integer> small =
        () ->
            DocCheck.run(new DocCheck.Config(spec, List.of(doc), dir)).findings().size()
                + LintCheck.run(new LintCheck.Config(spec, dir, Locale.ENGLISH)).findings().size();
    long cpu = cpuNanos();
    long mainCpu = THREADS.getCurrentThreadCpuTime();
    long t = System.nanoTime();
    check(DocCheck.run(new DocCheck.Config(spec, List.of(doc), dir)).findings().size());
    double firstDoc = ms(t);
    t = System.nanoTime();
    check(LintCheck.run(new LintCheck.Config(spec, dir, Locale.ENGLISH)).findings().size());
    double firstLint = ms(t);
    System.out.printf(
        "check-doc + lint, this spec, first run after JVM start: %.0f ms (check-doc %.0f ms, lint"
            + " %.0f ms; main() had run %.0f ms before)%n",
        firstDoc + firstLint, firstDoc, firstLint, ms(jvmStart) - firstDoc - firstLint);
    System.out.printf(
        "  CPU time for that run: main thread %.0f ms, whole process (rules builder, JIT, GC"
            + " included) %.0f ms; load average %.2f on %d cores%n",
        (THREADS.getCurrentThreadCpuTime() - mainCpu) / 1e6,
        (cpuNanos() - cpu) / 1e6,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().availableProcessors());
    System.out.printf("check-doc + lint, this spec, warm: %s%n", median(small, 20));

    int n = 200;
    Path bigSpec = Files.writeString(dir.resolve("generated.yaml"), Contracts.generatedSpec(n));
    Path pages = Files.createDirectories(dir.resolve("pages"));
    for (int i = 1; i <= n; i++) {
      Files.writeString(
          pages.resolve("page" + i + ".md"),
          Contracts.DOC.replace("/hire/v1/offers/", "/hire/v" + i + "/offers/"));
    }
    Supplier<Integer> docOnly =
        () -> DocCheck.run(new DocCheck.Config(bigSpec, List.of(pages), dir)).findings().size();
    Supplier<Integer> lintOnly =
        () -> LintCheck.run(new LintCheck.Config(bigSpec, dir, Locale.ENGLISH)).findings().size();
    t = System.nanoTime();
    check(docOnly.get() + lintOnly.get());
    System.out.printf(
        "check-doc + lint, %d operations and %d pages, first run: %.0f ms%n", n, n, ms(t));
    System.out.printf(
        "  check-doc, %d operations and %d pages, warm: %s%n", n, n, median(docOnly, 5));
    System.out.printf("  lint, %d operations, warm: %s%n", n, median(lintOnly, 5));
  }

  private static void check(int findings) {
    if (findings != 0) {
      throw new IllegalStateException(findings + " findings: the benchmark input should be clean");
    }
  }

  private static String median(Supplier<Integer> run, int times) {
    double[] ms = new double[times];
    for (int i = 0; i < times; i++) {
      long t = System.nanoTime();
      check(run.get());
      ms[i] = ms(t);
    }
    Arrays.sort(ms);
    List<String> parts = new ArrayList<>();
    parts.add(String.format("median %.1f ms", ms[times / 2]));
    parts.add(String.format("min %.1f ms", ms[0]));
    parts.add(String.format("max %.1f ms over %d runs", ms[times - 1], times));
    return String.join(", ", parts);
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static double ms(long since) {
    return (System.nanoTime() - since) / 1e6;
  }
}
