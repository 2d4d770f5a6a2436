package dev.offerstatus.rules.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.hibernate.validator.engine.HibernateConstraintViolation;

/**
 * The model entry point's checks: the shared Jakarta Validator, with the contract as payload; the
 * constraints that restate a schema keyword are reported as the raw entry point reports it.
 */
public final class ModelChecker {
  private static final Pattern CONTAINER_ELEMENT = Pattern.compile("\\.<[a-z ]+>");

  private final Contract contract;
  private final Validator validator;

  /** A checker whose rule constraints read that contract. */
  public ModelChecker(Contract contract) {
    this.contract = contract;
    this.validator = Validators.forContract(contract);
  }

  /** Validates a bean and adds a hit per constraint violation. */
  public void check(Object bean, List<RuleHit> out) {
    if (bean == null) {
      out.add(new RuleHit("", null, "required", Messages.REQUIRED, Map.of()));
      return;
    }
    for (ConstraintViolation<Object> violation : validator.validate(bean)) {
      List<RuleHit> keyword = BuiltInConstraints.hits(contract, violation, path(violation));
      if (keyword != null) {
        out.addAll(keyword);
      } else {
        out.add(toHit(violation));
      }
    }
  }

  static RuleHit toHit(ConstraintViolation<?> violation) {
    String path = path(violation);
    @SuppressWarnings("unchecked")
    HibernateConstraintViolation<Object> hibernate =
        violation.unwrap(HibernateConstraintViolation.class);
    RuleHit hit = hibernate.getDynamicPayload(RuleHit.class);
    if (hit != null) {
      return new RuleHit(path, hit.value(), hit.rule(), hit.messageKey(), hit.params());
    }
    Class<?> annotation = violation.getConstraintDescriptor().getAnnotation().annotationType();
    if (annotation == NotNull.class) {
      return new RuleHit(path, null, "required", Messages.REQUIRED, Map.of());
    }
    Object invalid = violation.getInvalidValue();
    Object value = BeanDocumentAccess.INSTANCE.scalar(invalid);
    return RuleHit.literal(
        path,
        value != null ? value : invalid == null ? null : invalid.toString(),
        kebab(annotation.getSimpleName()),
        violation.getMessage());
  }

  /** The violation's JSON path: {@code ids[1]}, not Hibernate's {@code ids[1].<list element>}. */
  static String path(ConstraintViolation<?> violation) {
    return CONTAINER_ELEMENT.matcher(violation.getPropertyPath().toString()).replaceAll("");
  }

  private static String kebab(String name) {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }
}
