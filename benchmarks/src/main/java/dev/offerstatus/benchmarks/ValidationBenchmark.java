package dev.offerstatus.benchmarks;

import static dev.offerstatus.sdk.operations.SpecOperations.INTERN_OFFER_STATUS;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.offerstatus.rules.OfferStatusRules;
import dev.offerstatus.rules.Violation;
import dev.offerstatus.sdk.model.InternOfferOffboardingInfo;
import dev.offerstatus.sdk.model.InternOfferOnboardingInfo;
import dev.offerstatus.sdk.model.InternOfferStatusRequest;
import dev.offerstatus.sdk.model.Operation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * ns/op of validating one valid and one invalid request through both entry points of the rules,
 * beside the hand-written if-chain doing the same checks (the floor).
 *
 * <p>Valid: the doc's example ({@code confirm_onboarding} with both info objects). Invalid: an
 * offboard whose offboarding date is the onboarding date (one violation, the date-order rule).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ValidationBenchmark {
  private static final String ID = "7016605170635213100";
  private static final String VALID_JSON =
      "{\"operation\":\"confirm_onboarding\",\"onboarding_info\":{\"actual_onboarding_date\":"
          + "\"2022-01-01\"},\"offboarding_info\":{\"actual_offboarding_date\":\"2022-03-02\","
          + "\"notes\":\"主动离职\"}}";
  private static final String INVALID_JSON =
      "{\"operation\":\"offboard\",\"onboarding_info\":{\"actual_onboarding_date\":"
          + "\"2022-03-02\"},\"offboarding_info\":{\"actual_offboarding_date\":\"2022-03-02\","
          + "\"notes\":\"主动离职\"}}";

  private static final String OPERATION = INTERN_OFFER_STATUS.operationId();
  private static final Map<String, String> PATH = INTERN_OFFER_STATUS.pathValues(ID);

  private final ObjectMapper mapper = new ObjectMapper();
  private OfferStatusRules rules;
  private InternOfferStatusRequest validModel;
  private InternOfferStatusRequest invalidModel;

  private static InternOfferStatusRequest request(Operation operation, String on, String off) {
    return new InternOfferStatusRequest()
        .operation(operation)
        .onboardingInfo(new InternOfferOnboardingInfo().actualOnboardingDate(LocalDate.parse(on)))
        .offboardingInfo(
            new InternOfferOffboardingInfo()
                .actualOffboardingDate(LocalDate.parse(off))
                .notes("主动离职"));
  }

  /** Builds the inputs and checks that every contender gives the expected verdict. */
  @Setup
  public void setUp() throws JsonProcessingException {
    rules = OfferStatusRules.fromClasspath();
    validModel = request(Operation.CONFIRM_ONBOARDING, "2022-01-01", "2022-03-02");
    invalidModel = request(Operation.OFFBOARD, "2022-03-02", "2022-03-02");
    expect(modelValid().isEmpty() && jsonValid().isEmpty(), "the valid request passes the rules");
    expect(modelInvalid().size() == 1 && jsonInvalid().size() == 1, "the invalid one fails once");
    expect(floorModelValid().isEmpty() && floorJsonValid().isEmpty(), "the floor passes it");
    expect(floorModelInvalid().size() == 1 && floorJsonInvalid().size() == 1, "the floor fails it");
  }

  private static void expect(boolean condition, String what) {
    if (!condition) {
      throw new IllegalStateException("Benchmark set-up is wrong: expected " + what);
    }
  }

  /** Model entry point, valid request. */
  @Benchmark
  public List<Violation> modelValid() {
    return rules.validateModel(OPERATION, PATH, validModel);
  }

  /** Model entry point, invalid request. */
  @Benchmark
  public List<Violation> modelInvalid() {
    return rules.validateModel(OPERATION, PATH, invalidModel);
  }

  /** Raw JSON entry point (parsing included), valid request. */
  @Benchmark
  public List<Violation> jsonValid() {
    return rules.validateJson(OPERATION, PATH, VALID_JSON);
  }

  /** Raw JSON entry point (parsing included), invalid request. */
  @Benchmark
  public List<Violation> jsonInvalid() {
    return rules.validateJson(OPERATION, PATH, INVALID_JSON);
  }

  /** Floor for the model entry point, valid request. */
  @Benchmark
  public List<String> floorModelValid() {
    return HandWrittenChecks.model(ID, validModel);
  }

  /** Floor for the model entry point, invalid request. */
  @Benchmark
  public List<String> floorModelInvalid() {
    return HandWrittenChecks.model(ID, invalidModel);
  }

  /** Floor for the JSON entry point (same Jackson parse), valid request. */
  @Benchmark
  public List<String> floorJsonValid() throws JsonProcessingException {
    return HandWrittenChecks.json(ID, mapper.readTree(VALID_JSON));
  }

  /** Floor for the JSON entry point (same Jackson parse), invalid request. */
  @Benchmark
  public List<String> floorJsonInvalid() throws JsonProcessingException {
    return HandWrittenChecks.json(ID, mapper.readTree(INVALID_JSON));
  }
}
