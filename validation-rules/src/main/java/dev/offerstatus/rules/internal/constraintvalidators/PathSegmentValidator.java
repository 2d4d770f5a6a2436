package dev.offerstatus.rules.internal.constraintvalidators;

import dev.offerstatus.rules.constraints.PathSegment;
import dev.offerstatus.rules.internal.Messages;
import dev.offerstatus.rules.internal.ParameterChecker;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link PathSegment}: the text satisfies the schema of every path parameter of the spec
 * with the annotation's name.
 */
public final class PathSegmentValidator implements ConstraintValidator<PathSegment, CharSequence> {
  private String parameter;

  @Override
  public void initialize(PathSegment annotation) {
    parameter = annotation.parameter();
  }

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null
        || new ParameterChecker(RuleReports.contract(context))
            .isSegment(parameter, value.toString())) {
      return true;
    }
    RuleReports.describe(value.toString(), "path-segment", Messages.PATH_SEGMENT, context);
    return false;
  }
}
