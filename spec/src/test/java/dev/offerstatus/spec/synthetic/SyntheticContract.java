package dev.offerstatus.spec.synthetic;

import dev.offerstatus.spec.ContractModel;
import dev.offerstatus.spec.ContractResources;
import dev.offerstatus.spec.UpstreamDoc;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A copy of the shipped spec with one further, synthetic operation ({@value #OPERATION_ID}, {@code
 * POST /open-apis/hire/v1/offers/{offer_id}/synthetic_notes}) and its page-shaped doc page: the
 * fixture that shows a new operation needs no Java. Published in the spec module's test-jar ({@code
 * offer-status-spec:tests}) so that every module's tests can use it.
 *
 * <p>The operation's parts live beside this class's resources, under {@code synthetic/}: the path
 * item ({@code path.yaml}), its parameter, schemas and examples ({@code parameters.yaml}, {@code
 * schemas.yaml}, {@code examples.yaml}) and its page ({@code upstream/synthetic_notes.md}). They
 * are added to the shipped spec as it is today, so the copy never falls behind it. What it has: a
 * path parameter, a body with a required-when rule ({@code visible_to} when {@code note_type} is
 * {@code candidate}), {@code maxLength} and {@code maxItems}, its own rate limit (1/s and 5/min),
 * its own error codes, one of a kind nobody handles ({@code 1009901 note-locked}), and no state
 * machine.
 */
public final class SyntheticContract {
  /** The synthetic operation's operationId. */
  public static final String OPERATION_ID = "addSyntheticOfferNote";

  /** Its method. */
  public static final String METHOD = "POST";

  /** Its path template. */
  public static final String PATH = "/open-apis/hire/v1/offers/{offer_id}/synthetic_notes";

  /** Its request body schema. */
  public static final String REQUEST_SCHEMA = "SyntheticOfferNoteRequest";

  /** Its error code of a kind the runtime does not handle specially. */
  public static final int UNHANDLED_CODE = 1009901;

  /** That code's kind. */
  public static final String UNHANDLED_KIND = "note-locked";

  /** Its page, relative to the spec. */
  public static final String PAGE = "upstream/synthetic_notes.md";

  private static final String RESOURCES = "synthetic/";

  private SyntheticContract() {}

  /** The shipped spec's text with the synthetic operation added. */
  public static String openApi() {
    String spec = ContractResources.read(ContractResources.OPENAPI);
    spec = insert(spec, "\ncomponents:\n", resource("path.yaml"), false);
    spec = insert(spec, "\n  parameters:\n", resource("parameters.yaml"), true);
    spec = insert(spec, "\n  schemas:\n", resource("schemas.yaml"), true);
    return insert(spec, "\n  examples:\n", resource("examples.yaml"), true);
  }

  /** The contract model of {@link #openApi()}. */
  public static ContractModel model() {
    return ContractModel.parse(openApi());
  }

  /** The synthetic operation's page. */
  public static String page() {
    return resource(PAGE);
  }

  /**
   * Writes a contract folder: {@code openapi.yaml} (the spec with the synthetic operation) and,
   * relative to it, every page it names (the shipped ones and the synthetic one).
   *
   * @return the written {@code openapi.yaml}
   */
  public static Path write(Path dir) {
    Objects.requireNonNull(dir, "dir == null");
    String spec = openApi();
    List<String> pages = new ArrayList<>();
    ContractModel model = ContractModel.parse(spec);
    model.upstreamDoc().ifPresent(doc -> pages.add(doc.snapshot()));
    model
        .operations()
        .forEach(op -> op.upstreamDoc().map(UpstreamDoc::snapshot).ifPresent(pages::add));
    try {
      Path file = dir.resolve("openapi.yaml");
      Files.createDirectories(dir);
      Files.writeString(file, spec);
      for (String page : pages) {
        Path target = dir.resolve(page);
        Files.createDirectories(target.getParent());
        Files.writeString(
            target,
            page.equals(PAGE)
                ? page()
                : ContractResources.read("META-INF/offer-status-kit/" + page));
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the synthetic contract to " + dir, e);
    }
  }

  /** Inserts {@code text} at the first {@code anchor} (after it, or before it). */
  private static String insert(String spec, String anchor, String text, boolean after) {
    int at = spec.indexOf(anchor);
    if (at < 0) {
      throw new IllegalStateException(
          "The shipped spec no longer has \"" + anchor.strip() + "\" to add the synthetic part to");
    }
    int position = after ? at + anchor.length() : at + 1;
    return spec.substring(0, position) + text + spec.substring(position);
  }

  private static String resource(String name) {
    try (InputStream in =
        SyntheticContract.class.getClassLoader().getResourceAsStream(RESOURCES + name)) {
      if (in == null) {
        throw new IllegalStateException(
            "Test resource "
                + RESOURCES
                + name
                + " is missing: is offer-status-spec:tests on the"
                + " class path?");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCES + name, e);
    }
  }
}
