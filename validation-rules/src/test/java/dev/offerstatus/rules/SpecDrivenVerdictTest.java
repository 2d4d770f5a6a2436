package dev.offerstatus.rules;

import static dev.offerstatus.rules.fixtures.Requests.offboard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offerstatus.rules.fixtures.InternOfferStatusRequest;
import dev.offerstatus.rules.fixtures.Operation;
import dev.offerstatus.spec.ContractResources;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Copies of the spec with changed rule extensions change the verdict, with no Java change. */
class SpecDrivenVerdictTest {
  private static final String ID = "7016605170635213100";
  private static final String SPEC = ContractResources.read(ContractResources.OPENAPI);

  /** The intern request's first rule: new rules go before it. */
  private static final String RULES_ANCHOR =
      "        - id: onboarding-info-required-for-confirm-onboarding\n";

  private static final String OFFBOARD_WITHOUT_NOTES =
      "{\"operation\":\"offboard\",\"offboarding_info\":{\"actual_offboarding_date\":\"2022-03-02\"}}";

  private static String edited(String from, String to) {
    assertThat(SPEC).containsOnlyOnce(from);
    return SPEC.replace(from, to);
  }

  private static String withExtraRule(String rule) {
    return edited(RULES_ANCHOR, rule + RULES_ANCHOR);
  }

  private static final String NOTES_RULE =
      """
              - id: notes-required-for-offboard
                kind: required-when
                field: offboarding_info.notes
                when:
                  field: operation
                  equals: offboard
      """;

  @Test
  void aNewRuleInTheSpecRequiresNotesOnOffboard() {
    assertThat(
            OfferStatusRules.fromClasspath()
                .validateJson(Intern.OPERATION, Intern.offer(ID), OFFBOARD_WITHOUT_NOTES))
        .isEmpty();
    assertThat(
            OfferStatusRules.fromSpec(withExtraRule(NOTES_RULE))
                .validateJson(Intern.OPERATION, Intern.offer(ID), OFFBOARD_WITHOUT_NOTES))
        .containsExactly(
            new Violation(
                "offboarding_info.notes",
                null,
                "notes-required-for-offboard",
                "is required when operation is \"offboard\" (rule notes-required-for-offboard)"));
  }

  @Test
  void theModelEntryPointFollowsTheSpecCopyToo() {
    InternOfferStatusRequest request = offboard(null, "2022-03-02");
    request.getOffboardingInfo().notes(null);
    assertThat(
            OfferStatusRules.fromClasspath()
                .validateModel(Intern.OPERATION, Intern.offer(ID), request))
        .isEmpty();
    assertThat(
            OfferStatusRules.fromSpec(withExtraRule(NOTES_RULE))
                .validateModel(Intern.OPERATION, Intern.offer(ID), request))
        .extracting(Violation::path, Violation::rule)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "offboarding_info.notes", "notes-required-for-offboard"));
    assertThat(
            OfferStatusRules.fromClasspath()
                .validateModel(Intern.OPERATION, Intern.offer(ID), request))
        .as("the classpath rules are untouched by the copy")
        .isEmpty();
  }

  @Test
  void aNonStrictDateRuleAcceptsTheSameDay() {
    String sameDay =
        "{\"operation\":\"offboard\",\"onboarding_info\":{\"actual_onboarding_date\":\"2022-03-02\"},"
            + "\"offboarding_info\":{\"actual_offboarding_date\":\"2022-03-02\"}}";
    String dayBefore = sameDay.replace("03-02\"}}", "03-01\"}}");
    OfferStatusRules lenient = OfferStatusRules.fromSpec(edited("strict: true", "strict: false"));
    assertThat(lenient.validateJson(Intern.OPERATION, Intern.offer(ID), sameDay)).isEmpty();
    assertThat(lenient.validateJson(Intern.OPERATION, Intern.offer(ID), dayBefore))
        .containsExactly(
            new Violation(
                "offboarding_info.actual_offboarding_date",
                "2022-03-01",
                "offboarding-date-after-onboarding-date",
                "must not be earlier than onboarding_info.actual_onboarding_date (\"2022-03-02\"),"
                    + " was \"2022-03-01\" (rule offboarding-date-after-onboarding-date)"));
    assertThat(
            lenient.validateModel(
                Intern.OPERATION,
                Intern.offer(ID),
                offboard("2022-03-02", "2022-03-02"),
                Locale.SIMPLIFIED_CHINESE))
        .isEmpty();
  }

  @Test
  void anInConditionWidensARule() {
    OfferStatusRules widened =
        OfferStatusRules.fromSpec(
            edited(
                "            equals: confirm_onboarding\n",
                "            in: [confirm_onboarding, cancel_onboarding]\n"));
    assertThat(
            widened.validateJson(
                Intern.OPERATION, Intern.offer(ID), "{\"operation\":\"cancel_onboarding\"}"))
        .containsExactly(
            new Violation(
                "onboarding_info",
                null,
                "onboarding-info-required-for-confirm-onboarding",
                "is required when operation is \"confirm_onboarding\", \"cancel_onboarding\""
                    + " (rule onboarding-info-required-for-confirm-onboarding)"));
    assertThat(
            widened.validateModel(
                Intern.OPERATION,
                Intern.offer(ID),
                new InternOfferStatusRequest().operation(Operation.CANCEL_ONBOARDING)))
        .extracting(Violation::path)
        .containsExactly("onboarding_info");
  }

  @Test
  void removingARuleRemovesItsViolation() {
    int from = SPEC.indexOf("        - id: onboarding-info-required-for-confirm-onboarding\n");
    int to = SPEC.indexOf("        - id: offboarding-info-required-for-offboard\n");
    assertThat(from).isPositive().isLessThan(to);
    String withoutRule = SPEC.substring(0, from) + SPEC.substring(to);
    assertThat(
            OfferStatusRules.fromSpec(withoutRule)
                .validateJson(
                    Intern.OPERATION, Intern.offer(ID), "{\"operation\":\"confirm_onboarding\"}"))
        .isEmpty();
  }

  @Test
  void enumValuesComeFromTheSpec() {
    OfferStatusRules moreOperations =
        OfferStatusRules.fromSpec(
            edited(
                    "        - offboard\n      x-enum-descriptions:\n",
                    "        - offboard\n        - rehire\n      x-enum-descriptions:\n")
                .replace("        - OFFBOARD\n", "        - OFFBOARD\n        - REHIRE\n"));
    assertThat(
            moreOperations.validateJson(
                Intern.OPERATION, Intern.offer(ID), "{\"operation\":\"rehire\"}"))
        .isEmpty();
    assertThat(
            OfferStatusRules.fromClasspath()
                .validateJson(Intern.OPERATION, Intern.offer(ID), "{\"operation\":\"rehire\"}"))
        .extracting(Violation::rule)
        .containsExactly("enum");
  }

  @Test
  void theOfferIdPatternComesFromTheSpec() {
    OfferStatusRules digitsOnly =
        OfferStatusRules.fromSpec(
            edited(
                "pattern: '^(?!\\s*$)(?!\\.{1,2}$)[^/\\u0000-\\u001F\\u007F]+$'",
                "pattern: '^[0-9]+$'"));
    assertThat(
            digitsOnly.validateJson(
                Intern.OPERATION, Intern.offer("offer-1"), "{\"operation\":\"cancel_onboarding\"}"))
        .extracting(Violation::path, Violation::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("offer_id", "path-segment"));
    assertThat(
            digitsOnly.validateJson(
                Intern.OPERATION, Intern.offer("12\n"), "{\"operation\":\"cancel_onboarding\"}"))
        .as("$ ends the input, as in ECMA-262, not before a final line break")
        .hasSize(1);
  }

  @Test
  void anotherEndpointsRuleWorksWithoutCodeChanges() {
    String spec =
        """
        openapi: 3.0.3
        info: {title: t, version: '1'}
        paths: {}
        components:
          schemas:
            Offer:
              type: object
              properties:
                offer_status: {type: integer}
                expiration_date: {type: string, format: date}
              x-contract-rules:
                - id: expiration-date-required-for-status-6
                  kind: required-when
                  field: expiration_date
                  when: {field: offer_status, equals: 6}
        """;
    OfferStatusRules rules = OfferStatusRules.fromSpec(spec);
    List<Violation> expected =
        List.of(
            new Violation(
                "expiration_date",
                null,
                "expiration-date-required-for-status-6",
                "is required when offer_status is 6 (rule expiration-date-required-for-status-6)"));
    assertThat(rules.validateSchema("Offer", "{\"offer_status\":6}", Locale.ENGLISH))
        .isEqualTo(expected);
    assertThat(rules.validateSchema("Offer", "{\"offer_status\":6.0}", Locale.ENGLISH))
        .isEqualTo(expected);
    assertThat(rules.validateSchema("Offer", "{\"offer_status\":5}", Locale.ENGLISH)).isEmpty();
    assertThat(
            rules.validateSchema(
                "Offer", "{\"offer_status\":6,\"expiration_date\":\"2022-01-01\"}", Locale.ENGLISH))
        .isEmpty();
    assertThat(rules.validateSchema("Offer", "{\"offer_status\":\"6\"}", Locale.ENGLISH))
        .containsExactly(
            new Violation("offer_status", "6", "type", "must be a JSON integer, was \"6\""));
    assertThat(rules.validateSchema("Offer", "{\"offer_status\":6.5}", Locale.ENGLISH))
        .extracting(Violation::rule)
        .containsExactly("type");
  }

  @Test
  void validateSchemaChecksNestedSchemasWithRelativePaths() {
    assertThat(
            OfferStatusRules.fromClasspath()
                .validateSchema("InternOfferOffboardingInfo", "{\"notes\":1}", Locale.ENGLISH))
        .containsExactly(
            new Violation("actual_offboarding_date", null, "required", "is required"),
            new Violation("notes", 1, "type", "must be a JSON string, was 1"));
  }

  @Test
  void unknownSchemaNamesTheKnownOnes() {
    assertThatThrownBy(
            () -> OfferStatusRules.fromClasspath().validateSchema("Nope", "{}", Locale.ENGLISH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "The spec has no schema #/components/schemas/Nope (it has: "
                + String.join(
                    ", ",
                    new java.util.TreeSet<>(
                        dev.offerstatus.spec.ContractModel.fromClasspath().schemas().keySet()))
                + ").");
  }

  @Test
  void anUnknownRuleKindIsRejectedWithItsPointer() {
    assertThatThrownBy(
            () -> OfferStatusRules.fromSpec(edited("kind: date-after", "kind: date-before")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "#/components/schemas/InternOfferStatusRequest/x-contract-rules/2/kind: unknown rule"
                + " kind date-before (known kinds: required-when, date-after).");
  }

  @Test
  void aConditionWithBothEqualsAndInIsRejected() {
    assertThatThrownBy(
            () ->
                OfferStatusRules.fromSpec(
                    edited(
                        "            equals: offboard\n",
                        "            equals: offboard\n            in: [offboard]\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "#/components/schemas/InternOfferStatusRequest/x-contract-rules/1/when: give exactly"
                + " one of equals: <scalar> or in: [<scalar>, ...].");
  }

  @Test
  void aRuleWithoutFieldIsRejected() {
    assertThatThrownBy(
            () -> OfferStatusRules.fromSpec(edited("          field: offboarding_info\n", "")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "#/components/schemas/InternOfferStatusRequest/x-contract-rules/1/field: a non-blank"
                + " string is required.");
  }

  @Test
  void aSpecThatIsNotYamlIsRejectedWithItsPosition() {
    assertThatThrownBy(() -> OfferStatusRules.fromSpec("openapi: [3.0.3\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("The spec is not valid YAML at line ");
  }

  @Test
  void anAliasedRequiredListIsTheAnchorsList() {
    // `required: *anchor` was read as the anchor's name and {} passed
    String aliased =
        edited("openapi: 3.0.3\n", "openapi: 3.0.3\nx-shared-required: &req\n  - operation\n")
            .replace(
                "        when it is offboard, and the offboarding date must be later than the"
                    + " onboarding date.\n      required:\n        - operation\n",
                "        when it is offboard, and the offboarding date must be later than the"
                    + " onboarding date.\n      required: *req\n");
    assertThat(aliased).contains("      required: *req\n");

    assertThat(
            OfferStatusRules.fromSpec(aliased)
                .validateJson(Intern.OPERATION, Intern.offer(ID), "{}", Locale.ENGLISH))
        .extracting(Violation::path, Violation::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("operation", "required"));
  }

  @Test
  void aRequiredThatIsNotAListIsRefusedWithItsPointer() {
    String scalar =
        edited(
            "        when it is offboard, and the offboarding date must be later than the"
                + " onboarding date.\n      required:\n        - operation\n",
            "        when it is offboard, and the offboarding date must be later than the"
                + " onboarding date.\n      required: operation\n");

    assertThatThrownBy(() -> OfferStatusRules.fromSpec(scalar))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "#/components/schemas/InternOfferStatusRequest/required: must be a list of property"
                + " names, found the string \"operation\".");
  }

  @Test
  void anEnumThatIsNotAListIsRefusedWithItsPointer() {
    String scalar =
        edited(
            "      enum:\n        - confirm_onboarding\n        - cancel_onboarding\n"
                + "        - offboard\n",
            "      enum: confirm_onboarding\n");

    assertThatThrownBy(() -> OfferStatusRules.fromSpec(scalar))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "#/components/schemas/Operation/enum: must be a list of values, found the string"
                + " \"confirm_onboarding\".");
  }
}
