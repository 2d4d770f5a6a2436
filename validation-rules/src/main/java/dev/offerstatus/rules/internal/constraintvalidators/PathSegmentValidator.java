package dev.offerstatus.rules.internal.constraintvalidators;

import dev.offerstatus.rules.constraints.PathSegment;
import dev.offerstatus.rules.internal.Messages;
import dev.offerstatus.rules.internal.PathParameter;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link PathSegment}: the text satisfies the spec's request path parameter schema. */
public final class PathSegmentValidator implements ConstraintValidator<PathSegment, CharSequence> {
  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    PathParameter parameter = RuleReports.contract(context).pathParameter();
    if (parameter == null || parameter.accepts(value.toString())) {
      return true;
    }
    RuleReports.describe(value.toString(), "path-segment", Messages.PATH_SEGMENT, context);
    return false;
  }
}
