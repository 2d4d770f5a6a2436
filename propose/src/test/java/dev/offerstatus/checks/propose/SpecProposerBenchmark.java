package dev.offerstatus.checks.propose;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.offerstatus.checks.doc.DocCheck;
import dev.offerstatus.checks.fetch.DocFetcher;
import dev.offerstatus.checks.fetch.DocSource;
import dev.offerstatus.checks.fetch.FetchConfig;
import dev.offerstatus.spec.ContractResources;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * fetch + check + propose time for the spec's three pages against a loopback doc site (every page
 * changed upstream, the intern offer status page in the portal's rendering with a lower rate
 * limit), first in a fresh JVM, then warm (median of 20). Run with {@code -Pbenchmark}.
 */
public final class SpecProposerBenchmark {
  private static final String UPSTREAM = "META-INF/offer-status-kit/upstream/";
  private static final List<String> PAGES =
      List.of("intern_offer_status", "offer_get", "offer_list");

  private SpecProposerBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, byte[]> answers = new java.util.HashMap<>();
    ObjectMapper json = new ObjectMapper();
    for (String page : PAGES) {
      String text = ContractResources.read(UPSTREAM + page + ".md");
      long stamp =
          Long.parseLong(text.replaceAll("(?s).*\nlast_remote_update_timestamp: (\\d+)\n.*", "$1"));
      String content = text.substring(text.indexOf("\n---\n", 4) + 5);
      if (page.equals("intern_offer_status")) {
        try (InputStream in =
            SpecProposerBenchmark.class.getResourceAsStream(
                "/renderings/intern_offer_status.portal.md")) {
          content =
              new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("50 次/秒", "20 次/秒");
        }
      }
      answers.put(
          page,
          json.writeValueAsBytes(
              Map.of(
                  "code",
                  0,
                  "data",
                  Map.of(
                      "document",
                      Map.of("content", content, "updateTime", stamp / 1000 + 86_400)))));
    }
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          String q = exchange.getRequestURI().getQuery();
          byte[] body =
              answers.get(
                  q.endsWith("/get")
                      ? "offer_get"
                      : q.endsWith("/list") ? "offer_list" : "intern_offer_status");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    try {
      URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
      long[] first = round(base);
      System.out.printf(
          "first run in a fresh JVM: fetch %d ms, check-doc %d ms, propose %d ms, total %d ms%n",
          first[0], first[1], first[2], first[0] + first[1] + first[2]);
      int n = 20;
      long[][] warm = new long[3][n];
      for (int i = 0; i < n; i++) {
        long[] r = round(base);
        for (int k = 0; k < 3; k++) {
          warm[k][i] = r[k];
        }
      }
      long[] median = new long[3];
      for (int k = 0; k < 3; k++) {
        Arrays.sort(warm[k]);
        median[k] = warm[k][n / 2];
      }
      System.out.printf(
          "warm (median of %d): fetch %d ms, check-doc %d ms, propose %d ms, total %d ms%n",
          n, median[0], median[1], median[2], median[0] + median[1] + median[2]);
    } finally {
      server.stop(0);
    }
  }

  /** One fetch, check-doc and propose on a fresh copy of the spec and its snapshots; ms each. */
  private static long[] round(URI base) throws IOException {
    Path dir = Files.createTempDirectory("doc-loop-benchmark");
    Path spec = dir.resolve("openapi.yaml");
    Files.writeString(spec, ContractResources.read(ContractResources.OPENAPI));
    Files.createDirectories(dir.resolve("upstream"));
    for (String page : PAGES) {
      Files.writeString(
          dir.resolve("upstream/" + page + ".md"), ContractResources.read(UPSTREAM + page + ".md"));
    }
    long t0 = System.nanoTime();
    DocFetcher.run(
        FetchConfig.defaults(spec, dir).withSource(DocSource.feishu().withBaseUrl(base)));
    long t1 = System.nanoTime();
    DocCheck.run(new DocCheck.Config(spec, List.of(dir.resolve("upstream")), dir));
    long t2 = System.nanoTime();
    SpecProposer.Result result =
        SpecProposer.run(
            new SpecProposer.Config(
                spec,
                List.of(dir.resolve("upstream")),
                dir,
                dir.resolve("target"),
                false,
                dir.resolve("CHANGELOG.md")));
    long t3 = System.nanoTime();
    if (result.changes().isEmpty()) {
      throw new IllegalStateException("the benchmark's pages proposed nothing");
    }
    return new long[] {(t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000};
  }
}
