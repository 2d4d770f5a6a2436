package dev.offerstatus.rules.internal.constraintvalidators;

import dev.offerstatus.rules.internal.BeanDoc;
import dev.offerstatus.rules.internal.Contract;
import dev.offerstatus.rules.internal.RuleEngine;
import dev.offerstatus.rules.internal.RuleHit;
import dev.offerstatus.rules.internal.Scalars;
import dev.offerstatus.spec.ContractRule;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Runs one rule kind of a bean's schema and reports each hit on the rule's field. */
final class RuleReports {
  private RuleReports() {}

  /** The contract of the running validator (its payload), else the classpath spec's. */
  static Contract contract(ConstraintValidatorContext context) {
    Contract contract =
        context
            .unwrap(HibernateConstraintValidatorContext.class)
            .getConstraintValidatorPayload(Contract.class);
    return contract != null ? contract : Contract.classpath();
  }

  /**
   * Keeps the default violation of a property constraint and attaches its rule, value and message
   * parameters.
   */
  static void describe(String value, String rule, String key, ConstraintValidatorContext context) {
    Map<String, String> params = Map.of("value", Scalars.render(value));
    HibernateConstraintValidatorContext hibernate =
        context.unwrap(HibernateConstraintValidatorContext.class);
    hibernate.addMessageParameter("value", params.get("value"));
    hibernate.withDynamicPayload(new RuleHit("", value, rule, key, params));
  }

  /**
   * Runs the rules of one kind of the bean's schema (named by the annotation, else like the bean's
   * class) and reports each hit on the rule's field; returns whether the bean passes.
   */
  static boolean check(
      Class<? extends ContractRule> kind,
      String schema,
      Object bean,
      ConstraintValidatorContext context) {
    List<ContractRule> rules = contract(context).rules(bean.getClass(), schema);
    if (rules.isEmpty()) {
      return true;
    }
    List<RuleHit> hits = new ArrayList<>(2);
    RuleEngine.evaluate(rules, kind, bean, BeanDoc.INSTANCE, hits);
    if (hits.isEmpty()) {
      return true;
    }
    HibernateConstraintValidatorContext hibernate =
        context.unwrap(HibernateConstraintValidatorContext.class);
    hibernate.disableDefaultConstraintViolation();
    for (RuleHit hit : hits) {
      for (Map.Entry<String, String> param : hit.params().entrySet()) {
        hibernate.addMessageParameter(param.getKey(), param.getValue());
      }
      hibernate.withDynamicPayload(hit);
      var builder = hibernate.buildConstraintViolationWithTemplate("{" + hit.messageKey() + "}");
      if (hit.path().isEmpty()) {
        builder.addConstraintViolation();
        continue;
      }
      String[] names = hit.path().split("\\.");
      NodeBuilderCustomizableContext node = builder.addPropertyNode(names[0]);
      for (int i = 1; i < names.length; i++) {
        node = node.addPropertyNode(names[i]);
      }
      node.addConstraintViolation();
    }
    return false;
  }
}
