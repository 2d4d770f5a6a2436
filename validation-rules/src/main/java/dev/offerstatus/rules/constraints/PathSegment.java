package dev.offerstatus.rules.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.offerstatus.rules.internal.constraintvalidators.PathSegmentValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The text satisfies the schema ({@code minLength}, {@code maxLength}, {@code pattern}) of the
 * spec's path parameter named {@link #parameter()} (of every operation that declares one of that
 * name), e.g. the offer id: one URL path segment. {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = PathSegmentValidator.class)
@Target({METHOD, FIELD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface PathSegment {
  /** The message template. */
  String message() default "{dev.offerstatus.rules.constraints.PathSegment.message}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};

  /** The name of the path parameter whose schema applies, e.g. {@code offer_id}. */
  String parameter();
}
