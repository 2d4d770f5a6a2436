package dev.offerstatus.checks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.offerstatus.checks.doc.FeishuPageParser;
import dev.offerstatus.checks.doc.PageFacts;
import dev.offerstatus.spec.ContractModel;
import dev.offerstatus.spec.ContractResources;
import dev.offerstatus.spec.Operation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The project's own spec and doc snapshot, edited copies of them, and generated larger ones. */
public final class Contracts {
  public static final String SPEC = ContractResources.read(ContractResources.OPENAPI);
  public static final String DOC = ContractResources.read(ContractResources.UPSTREAM_DOC);
  public static final String GET_DOC =
      ContractResources.read("META-INF/offer-status-kit/upstream/offer_get.md");
  public static final String LIST_DOC =
      ContractResources.read("META-INF/offer-status-kit/upstream/offer_list.md");
  public static final String UPDATE_DOC =
      ContractResources.read("META-INF/offer-status-kit/upstream/offer_status.md");
  public static final String UPDATE_DOC_NAME = "offer_status.md";
  public static final String UPDATE_OP =
      "#/paths/~1open-apis~1hire~1v1~1offers~1{offer_id}~1offer_status/patch";
  public static final String GET_DOC_NAME = "offer_get.md";
  public static final String LIST_DOC_NAME = "offer_list.md";
  public static final String GET_OP = "#/paths/~1open-apis~1hire~1v1~1offers~1{offer_id}/get";
  public static final String LIST_OP = "#/paths/~1open-apis~1hire~1v1~1offers/get";
  public static final String SPEC_NAME = "openapi.yaml";
  public static final String DOC_NAME = "intern_offer_status.md";
  public static final String OP =
      "#/paths/~1open-apis~1hire~1v1~1offers~1{offer_id}~1intern_offer_status/post";

  private static final ObjectMapper JSON = new ObjectMapper();

  private Contracts() {}

  public static SpecDocument spec() {
    return SpecDocument.parse(SPEC, SPEC_NAME);
  }

  public static SpecDocument spec(String text) {
    return SpecDocument.parse(text, SPEC_NAME);
  }

  public static PageFacts page(String text) {
    return FeishuPageParser.parse(text, DOC_NAME);
  }

  /**
   * The snapshot of every page the project's spec names ({@code info}'s first, then each
   * operation's), relative to the spec.
   */
  public static List<String> namedPages() {
    List<String> pages = new ArrayList<>();
    ContractModel model = ContractModel.parse(SPEC);
    model.upstreamDoc().ifPresent(doc -> pages.add(doc.snapshot()));
    for (Operation operation : model.operations()) {
      operation
          .upstreamDoc()
          .filter(doc -> !pages.contains(doc.snapshot()))
          .ifPresent(doc -> pages.add(doc.snapshot()));
    }
    return pages;
  }

  /**
   * The project's contract folder: the spec and every page it names, written into {@code dir} as
   * they ship in the spec jar; returns the spec file.
   */
  public static Path contractFolder(Path dir) throws IOException {
    Path spec = Files.writeString(dir.resolve(SPEC_NAME), SPEC);
    for (String page : namedPages()) {
      Files.createDirectories(dir.resolve(page).getParent());
      Files.writeString(dir.resolve(page), named(page));
    }
    return spec;
  }

  /** A page the spec names, from the spec jar. */
  public static String named(String snapshot) {
    return ContractResources.read("META-INF/offer-status-kit/" + snapshot);
  }

  public static PageFacts getPage(String text) {
    return FeishuPageParser.parse(text, GET_DOC_NAME);
  }

  public static PageFacts updatePage(String text) {
    return FeishuPageParser.parse(text, UPDATE_DOC_NAME);
  }

  public static PageFacts listPage(String text) {
    return FeishuPageParser.parse(text, LIST_DOC_NAME);
  }

  /** The doc with the first occurrence of a present fragment replaced (absent: the test fails). */
  public static String doc(String from, String to) {
    return edit(DOC, from, to);
  }

  /** The spec with the first occurrence of a present fragment replaced. */
  public static String specWith(String from, String to) {
    return edit(SPEC, from, to);
  }

  /** The 1-based line where {@code fragment} first starts in {@code text} after {@code from}. */
  public static int lineOf(String text, String fragment, String from) {
    int start = text.indexOf(fragment, Math.max(0, text.indexOf(from)));
    assertThat(start).as("line of " + fragment).isNotNegative();
    return 1 + (int) text.substring(0, start).chars().filter(c -> c == '\n').count();
  }

  /** The 1-based line where {@code fragment} first starts in {@code text}. */
  public static int lineOf(String text, String fragment) {
    return lineOf(text, fragment, "");
  }

  public static String edit(String text, String from, String to) {
    assertThat(text).as("fragment to edit").contains(from);
    return text.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
  }

  /**
   * The spec with {@code n} copies of its write operation, each under /open-apis/hire/v{i}/..., and
   * its token operation.
   */
  public static String generatedSpec(int n) {
    try {
      ObjectNode root = (ObjectNode) ContractModel.parse(SPEC).document();
      ObjectNode paths = (ObjectNode) root.get("paths");
      String path = "/open-apis/hire/v1/offers/{offer_id}/intern_offer_status";
      JsonNode item = paths.get(path);
      String tokenPath = "/open-apis/auth/v3/tenant_access_token/internal";
      JsonNode token = paths.get(tokenPath);
      paths.removeAll();
      paths.set(tokenPath, token);
      for (int i = 1; i <= n; i++) {
        ObjectNode copy = item.deepCopy();
        ((ObjectNode) copy.get("post")).put("operationId", "internOfferStatus" + i);
        paths.set(path.replace("/v1/", "/v" + i + "/"), copy);
      }
      // JSON is YAML 1.2: every reader of the spec reads it
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code n} doc pages, page i documenting /open-apis/hire/v{i}/... */
  public static List<PageFacts> generatedPages(int n) {
    List<PageFacts> pages = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      pages.add(
          FeishuPageParser.parse(
              DOC.replace("/hire/v1/offers/", "/hire/v" + i + "/offers/"), "page" + i + ".md"));
    }
    return pages;
  }
}
