package dev.offerstatus.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.offerstatus.rules.fixtures.InternOfferOffboardingInfo;
import dev.offerstatus.rules.fixtures.InternOfferOnboardingInfo;
import dev.offerstatus.rules.fixtures.InternOfferStatusRequest;
import dev.offerstatus.rules.fixtures.Operation;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Generated requests (valid and invalid; leap years, month ends and neighbouring dates included):
 * the engine's verdict, through both entry points, equals a plain oracle written here from the doc.
 */
class VerdictPropertyTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final OfferStatusRules RULES = OfferStatusRules.fromClasspath();
  private static final List<String> OPERATIONS =
      List.of("confirm_onboarding", "cancel_onboarding", "offboard");

  /** A request as generated; null fields are absent from the JSON. */
  record Request(
      String offerId,
      Object operation,
      boolean hasOnboarding,
      String onboardingDate,
      boolean hasOffboarding,
      String offboardingDate,
      Object notes) {

    String json() {
      ObjectNode root = MAPPER.createObjectNode();
      if (operation instanceof String s) {
        root.put("operation", s);
      } else if (operation instanceof Integer i) {
        root.put("operation", i);
      }
      if (hasOnboarding) {
        ObjectNode on = root.putObject("onboarding_info");
        if (onboardingDate != null) {
          on.put("actual_onboarding_date", onboardingDate);
        }
      }
      if (hasOffboarding) {
        ObjectNode off = root.putObject("offboarding_info");
        if (offboardingDate != null) {
          off.put("actual_offboarding_date", offboardingDate);
        }
        if (notes instanceof String s) {
          off.put("notes", s);
        } else if (notes instanceof Integer i) {
          off.put("notes", i);
        }
      }
      return root.toString();
    }
  }

  // ---- the oracle: the doc's rules, written plainly ----

  static boolean isLeap(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  }

  static boolean isRealDate(String s) {
    if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return false;
    }
    for (int i : new int[] {0, 1, 2, 3, 5, 6, 8, 9}) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    int year = Integer.parseInt(s.substring(0, 4));
    int month = Integer.parseInt(s.substring(5, 7));
    int day = Integer.parseInt(s.substring(8, 10));
    int[] lengths = {31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month >= 1 && month <= 12 && day >= 1 && day <= lengths[month - 1];
  }

  static boolean isPathSegment(String id) {
    if (id.isEmpty() || id.equals(".") || id.equals("..")) {
      return false;
    }
    boolean allBlank = true;
    for (char c : id.toCharArray()) {
      if (c == '/' || c < 0x20 || c == 0x7F) {
        return false;
      }
      allBlank &= c == ' ';
    }
    return !allBlank;
  }

  static Set<String> oracle(Request r) {
    Set<String> expected = new TreeSet<>();
    if (r.offerId() == null) {
      expected.add("offer_id|required");
    } else if (!isPathSegment(r.offerId())) {
      expected.add("offer_id|path-segment");
    }
    if (r.operation() == null) {
      expected.add("operation|required");
    } else if (!(r.operation() instanceof String)) {
      expected.add("operation|type");
    } else if (!OPERATIONS.contains(r.operation())) {
      expected.add("operation|enum");
    }
    if ("confirm_onboarding".equals(r.operation()) && !r.hasOnboarding()) {
      expected.add("onboarding_info|onboarding-info-required-for-confirm-onboarding");
    }
    if ("offboard".equals(r.operation()) && !r.hasOffboarding()) {
      expected.add("offboarding_info|offboarding-info-required-for-offboard");
    }
    boolean onValid = false;
    boolean offValid = false;
    if (r.hasOnboarding()) {
      if (r.onboardingDate() == null) {
        expected.add("onboarding_info.actual_onboarding_date|required");
      } else if (!isRealDate(r.onboardingDate())) {
        expected.add("onboarding_info.actual_onboarding_date|date-format");
      } else {
        onValid = true;
      }
    }
    if (r.hasOffboarding()) {
      if (r.offboardingDate() == null) {
        expected.add("offboarding_info.actual_offboarding_date|required");
      } else if (!isRealDate(r.offboardingDate())) {
        expected.add("offboarding_info.actual_offboarding_date|date-format");
      } else {
        offValid = true;
      }
      if (r.notes() != null && !(r.notes() instanceof String)) {
        expected.add("offboarding_info.notes|type");
      }
    }
    if (onValid && offValid && r.offboardingDate().compareTo(r.onboardingDate()) <= 0) {
      expected.add(
          "offboarding_info.actual_offboarding_date|offboarding-date-after-onboarding-date");
    }
    return expected;
  }

  // ---- the property ----

  private static Set<String> verdict(List<Violation> violations) {
    Set<String> got = new TreeSet<>();
    violations.forEach(v -> got.add(v.path() + "|" + v.rule()));
    return got;
  }

  @Property(tries = 10_000)
  void bothEntryPointsAgreeWithTheOracle(@ForAll("requests") Request request) {
    Set<String> expected = oracle(request);
    Statistics.label("verdict").collect(expected.isEmpty() ? "valid" : "invalid");
    Statistics.label("date order broken")
        .collect(
            expected.contains(
                "offboarding_info.actual_offboarding_date|offboarding-date-after-onboarding-date"));
    Statistics.label("leap day")
        .collect(
            "02-29".equals(tail(request.onboardingDate()))
                || "02-29".equals(tail(request.offboardingDate())));
    assertThat(
            verdict(
                RULES.validateJson(
                    Intern.OPERATION, Intern.offer(request.offerId()), request.json())))
        .as(request.json())
        .isEqualTo(expected);
    InternOfferStatusRequest model = asModel(request);
    if (model != null) {
      assertThat(
              verdict(
                  RULES.validateModel(Intern.OPERATION, Intern.offer(request.offerId()), model)))
          .as("model of " + request.json())
          .isEqualTo(expected);
    }
    Statistics.label("entry points").collect(model != null ? "json+model" : "json");
    Statistics.label("verdict")
        .coverage(
            c -> {
              c.check("valid").percentage(p -> p >= 5);
              c.check("invalid").percentage(p -> p >= 5);
            });
    Statistics.label("date order broken").coverage(c -> c.check(true).count(n -> n >= 100));
    Statistics.label("leap day").coverage(c -> c.check(true).count(n -> n >= 100));
    Statistics.label("entry points").coverage(c -> c.check("json+model").percentage(p -> p >= 20));
  }

  private static String tail(String date) {
    return date == null || date.length() < 5 ? null : date.substring(date.length() - 5);
  }

  /** The same request as a model object, when the Java types can carry it. */
  private static InternOfferStatusRequest asModel(Request r) {
    boolean datesFit =
        (r.onboardingDate() == null || isRealDate(r.onboardingDate()))
            && (r.offboardingDate() == null || isRealDate(r.offboardingDate()));
    boolean operationFits = r.operation() == null || OPERATIONS.contains(r.operation());
    if (!datesFit || !operationFits || (r.notes() != null && !(r.notes() instanceof String))) {
      return null;
    }
    InternOfferStatusRequest model = new InternOfferStatusRequest();
    if (r.operation() != null) {
      model.operation(Operation.values()[OPERATIONS.indexOf(r.operation())]);
    }
    if (r.hasOnboarding()) {
      model.onboardingInfo(
          new InternOfferOnboardingInfo()
              .actualOnboardingDate(
                  r.onboardingDate() == null ? null : LocalDate.parse(r.onboardingDate())));
    }
    if (r.hasOffboarding()) {
      model.offboardingInfo(
          new InternOfferOffboardingInfo()
              .actualOffboardingDate(
                  r.offboardingDate() == null ? null : LocalDate.parse(r.offboardingDate()))
              .notes((String) r.notes()));
    }
    return model;
  }

  // ---- generators ----

  private static String ymd(int year, int month, int day) {
    return String.format("%04d-%02d-%02d", year, month, day);
  }

  @Provide
  Arbitrary<Request> requests() {
    Arbitrary<String> offerIds =
        Arbitraries.frequencyOf(
            Tuple.of(8, Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(19)),
            Tuple.of(
                2,
                Arbitraries.of(
                    "", " ", "  ", "\t", ".", "..", "...", "a/b", "/", "a\nb", "ab\n", "a\u007F",
                    "a..b", "x y", "中文", "offer-1")),
            Tuple.of(1, Arbitraries.just(null)));
    Arbitrary<Object> operations =
        Arbitraries.frequencyOf(
            Tuple.of(9, Arbitraries.of(OPERATIONS.toArray(new Object[0]))),
            Tuple.of(1, Arbitraries.of("onboard", "OFFBOARD", "", "confirm_onboarding ")),
            Tuple.of(1, Arbitraries.of(0, 1, 3)),
            Tuple.of(1, Arbitraries.just(null)));
    Arbitrary<Integer> years =
        Arbitraries.frequencyOf(
            Tuple.of(6, Arbitraries.integers().between(1990, 2040)),
            Tuple.of(2, Arbitraries.of(1900, 2000, 2100, 2400, 2023, 2024, 0, 9999)),
            Tuple.of(1, Arbitraries.integers().between(0, 9999)));
    Arbitrary<String> anyDay =
        Combinators.combine(
                years, Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 31))
            .as(VerdictPropertyTest::ymd);
    Arbitrary<String> leapDays = years.map(y -> ymd(y, 2, 29));
    Arbitrary<String> monthEdges =
        Combinators.combine(
                years, Arbitraries.integers().between(1, 12), Arbitraries.of(1, 28, 30, 31))
            .as(VerdictPropertyTest::ymd);
    Arbitrary<String> malformed =
        Arbitraries.of(
            "2022-1-1",
            "2022/01/01",
            "2022-01-01T00:00:00Z",
            " 2022-01-01",
            "2022-01-01 ",
            "２０２２-０１-０１",
            "20220101",
            "+2022-01-01",
            "2022-13-01",
            "2022-00-01",
            "");
    Arbitrary<String> dates =
        Arbitraries.frequencyOf(
            Tuple.of(6, anyDay),
            Tuple.of(2, leapDays),
            Tuple.of(2, monthEdges),
            Tuple.of(1, malformed),
            Tuple.of(1, Arbitraries.just(null)));
    Arbitrary<Object> notes =
        Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.strings().ofMaxLength(10)),
            Tuple.of(1, Arbitraries.just(42)),
            Tuple.of(3, Arbitraries.just(null)));
    Arbitrary<Integer> offsets = Arbitraries.integers().between(-2, 2);
    Arbitrary<Boolean> offboardNearOnboard = Arbitraries.of(true, false);
    return Combinators.combine(
            offerIds,
            operations,
            Arbitraries.of(true, true, false),
            dates,
            Arbitraries.of(true, true, false),
            Combinators.combine(dates, offsets, offboardNearOnboard).as(Tuple::of),
            notes)
        .as(
            (id, op, hasOn, onDate, hasOff, off, note) -> {
              String offDate = off.get1();
              if (off.get3() && onDate != null && isRealDate(onDate)) {
                offDate = LocalDate.parse(onDate).plusDays(off.get2()).toString();
                if (!isRealDate(offDate)) {
                  offDate = onDate;
                }
              }
              return new Request(id, op, hasOn, onDate, hasOff, offDate, note);
            });
  }
}
