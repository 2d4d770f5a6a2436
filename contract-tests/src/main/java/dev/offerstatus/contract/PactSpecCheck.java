package dev.offerstatus.contract;

import au.com.dius.pact.core.model.DefaultPactReader;
import au.com.dius.pact.core.model.IRequest;
import au.com.dius.pact.core.model.IResponse;
import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.Pact;
import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.offerstatus.spec.ContractResources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Checks every request/response interaction of pact files against an OpenAPI spec, request and
 * response, so that a pact drifting from the contract is caught where it is written.
 */
public final class PactSpecCheck {
  /** One interaction that does not match the spec, with the validator's message. */
  public record Problem(Path pactFile, String interaction, String where, String message) {
    /** Returns {@code "file: interaction "desc": request|response: message"}. */
    @Override
    public String toString() {
      return pactFile + ": interaction \"" + interaction + "\": " + where + ": " + message;
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final OpenApiInteractionValidator validator;
  private final Map<Integer, Integer> statusByCode;

  private PactSpecCheck(OpenApiInteractionValidator validator, Map<Integer, Integer> statusByCode) {
    this.validator = validator;
    this.statusByCode = statusByCode;
  }

  /** Checks against the spec shipped in {@code offer-status-spec}. */
  public static PactSpecCheck forClasspathSpec() {
    return forSpec(ContractResources.read(ContractResources.OPENAPI));
  }

  /** Checks against any OpenAPI 3 document given as text. */
  public static PactSpecCheck forSpec(String openApi) {
    Objects.requireNonNull(openApi, "openApi == null");
    return new PactSpecCheck(
        OpenApiInteractionValidator.createForInlineApiSpecification(openApi).build(),
        ErrorCodes.statusByCode(openApi));
  }

  /**
   * Checks one pact file, or every {@code *.json} pact in a folder.
   *
   * @return the problems, in file and interaction order; empty when every interaction matches
   * @throws IllegalArgumentException when the path holds no pact file
   */
  public List<Problem> check(Path pactFileOrFolder) {
    Objects.requireNonNull(pactFileOrFolder, "pactFileOrFolder == null");
    List<Path> files = pactFiles(pactFileOrFolder);
    List<Problem> problems = new ArrayList<>();
    for (Path file : files) {
      Pact pact = DefaultPactReader.INSTANCE.loadPact(file.toFile());
      for (Interaction interaction : pact.getInteractions()) {
        if (!interaction.isSynchronousRequestResponse()) {
          continue;
        }
        IRequest request = interaction.asSynchronousRequestResponse().getRequest();
        IResponse response = interaction.asSynchronousRequestResponse().getResponse();
        ValidationReport report = validator.validate(toRequest(request), toResponse(response));
        for (ValidationReport.Message message : report.getMessages()) {
          if (message.getLevel() == ValidationReport.Level.ERROR) {
            String where =
                message
                    .getContext()
                    .flatMap(ValidationReport.MessageContext::getLocation)
                    .map(location -> location.name().toLowerCase(java.util.Locale.ROOT))
                    .orElse("interaction");
            problems.add(
                new Problem(file, interaction.getDescription(), where, message.getMessage()));
          }
        }
        errorCodeStatus(response)
            .ifPresent(
                message ->
                    problems.add(
                        new Problem(file, interaction.getDescription(), "response", message)));
      }
    }
    return problems;
  }

  /** Counts the request/response interactions in the pact file or folder. */
  public static long interactionCount(Path pactFileOrFolder) {
    return pactFiles(pactFileOrFolder).stream()
        .map(file -> DefaultPactReader.INSTANCE.loadPact(file.toFile()))
        .flatMap(pact -> pact.getInteractions().stream())
        .filter(Interaction::isSynchronousRequestResponse)
        .count();
  }

  private static List<Path> pactFiles(Path pactFileOrFolder) {
    List<Path> files;
    if (Files.isDirectory(pactFileOrFolder)) {
      try (Stream<Path> listing = Files.list(pactFileOrFolder)) {
        files = listing.filter(p -> p.toString().endsWith(".json")).sorted().toList();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot list pact folder " + pactFileOrFolder, e);
      }
    } else {
      files = Files.isRegularFile(pactFileOrFolder) ? List.of(pactFileOrFolder) : List.of();
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException(
          "No pact file at "
              + pactFileOrFolder.toAbsolutePath()
              + ": run the consumer tests first (they write the pacts)");
    }
    return files;
  }

  /**
   * The spec's schemas cannot tie an error code to its HTTP status (every error shares one
   * envelope); {@code x-error-codes} and the named error examples do, so check that too.
   */
  private Optional<String> errorCodeStatus(IResponse response) {
    if (!response.getBody().isPresent()) {
      return Optional.empty();
    }
    JsonNode code;
    try {
      code = JSON.readTree(response.getBody().valueAsString()).path("code");
    } catch (JsonProcessingException e) {
      return Optional.empty(); // not JSON: the schema check above reports it
    }
    Integer declared = code.canConvertToInt() ? statusByCode.get(code.asInt()) : null;
    if (declared == null || declared == response.getStatus()) {
      return Optional.empty();
    }
    return Optional.of(
        "error code "
            + code.asInt()
            + " is declared with HTTP status "
            + declared
            + " (x-error-codes or the error examples), but the pact answers "
            + response.getStatus());
  }

  private static SimpleRequest toRequest(IRequest request) {
    SimpleRequest.Builder builder =
        new SimpleRequest.Builder(request.getMethod(), request.getPath());
    headers(request.getHeaders()).forEach(builder::withHeader);
    request.getQuery().forEach(builder::withQueryParam);
    if (request.getBody().isPresent()) {
      builder.withBody(request.getBody().valueAsString());
    }
    return builder.build();
  }

  private static SimpleResponse toResponse(IResponse response) {
    SimpleResponse.Builder builder = new SimpleResponse.Builder(response.getStatus());
    headers(response.getHeaders()).forEach(builder::withHeader);
    if (response.getBody().isPresent()) {
      builder.withBody(response.getBody().valueAsString());
    }
    return builder.build();
  }

  private static Map<String, List<String>> headers(Map<String, List<String>> headers) {
    return headers == null ? Map.of() : headers;
  }
}
