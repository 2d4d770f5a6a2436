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
import dev.offerstatus.rules.OfferStatusRules;
import dev.offerstatus.rules.Violation;
import dev.offerstatus.spec.ContractModel;
import dev.offerstatus.spec.ContractResources;
import dev.offerstatus.spec.Operation;
import dev.offerstatus.spec.Route;
import dev.offerstatus.spec.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Checks every request/response interaction of pact files against an OpenAPI spec, request and
 * response, so that a pact drifting from the contract is caught where it is written: the schemas
 * and statuses (swagger-request-validator), the HTTP status each error code is declared with, and a
 * success answer to a request that breaks the {@code x-contract-rules} of the operation it reaches
 * (the rules the schemas cannot say, e.g. a field required when another has a value), judged by the
 * validation-rules engine for that operation.
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
  private final ContractModel model;
  private final OfferStatusRules rules;

  private PactSpecCheck(
      OpenApiInteractionValidator validator,
      Map<Integer, Integer> statusByCode,
      ContractModel model) {
    this.validator = validator;
    this.statusByCode = statusByCode;
    this.model = model;
    this.rules = OfferStatusRules.of(model);
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
        ErrorCodes.statusByCode(openApi),
        ContractModel.parse(openApi));
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
        if (response.getStatus() / 100 == 2) {
          for (String broken : contractRules(request)) {
            problems.add(
                new Problem(
                    file,
                    interaction.getDescription(),
                    "request",
                    "the pact answers "
                        + response.getStatus()
                        + " to a request the spec's x-contract-rules refuse: "
                        + broken));
          }
        }
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

  /**
   * The {@code x-contract-rules} the request's body breaks, of the operation its method and path
   * reach ({@code path: message (rule id)}); schema keywords are left to the validator above. Only
   * a success answer to such a request is a drift: an error answer may be the point of the
   * interaction.
   */
  private List<String> contractRules(IRequest request) {
    Optional<Route> route = model.route(request.getMethod(), request.getPath());
    if (route.isEmpty()
        || route.get().operation().requestBody().isEmpty()
        || !request.getBody().isPresent()) {
      return List.of();
    }
    Operation op = route.get().operation();
    Set<String> ids = new HashSet<>();
    collectRuleIds(op.requestBody().get().schema(), ids, new HashSet<>());
    Map<String, String> parameters = new LinkedHashMap<>();
    route.get().pathParameters().forEach(parameters::put);
    request.getQuery().forEach((name, values) -> parameters.put(name, values.get(0)));
    return rules
        .validateJson(
            op.operationId(), parameters, request.getBody().valueAsString(), Locale.ENGLISH)
        .stream()
        .filter(violation -> ids.contains(violation.rule()))
        .map(Violation::toString)
        .toList();
  }

  /** The ids of the {@code x-contract-rules} of a schema and of the schemas it holds. */
  private void collectRuleIds(Schema schema, Set<String> ids, Set<String> seen) {
    Schema resolved = model.resolve(schema);
    if (resolved.ref() != null && !seen.add(resolved.ref())) {
      return;
    }
    resolved.rules().forEach(rule -> ids.add(rule.id()));
    resolved.properties().values().forEach(p -> collectRuleIds(p, ids, seen));
    if (resolved.items() != null) {
      collectRuleIds(resolved.items(), ids, seen);
    }
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
