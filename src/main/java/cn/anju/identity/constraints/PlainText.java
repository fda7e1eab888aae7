package cn.anju.identity.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text a person typed: no control characters (tabs, line breaks, NUL), which would otherwise reach
 * the database and the printed certificate. Null is left to @NotNull.
 */
@Documented
@Pattern(regexp = "[^\\p{Cntrl}]*")
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@jakarta.validation.ReportAsSingleViolation
public @interface PlainText {

    /** Texts in ValidationMessages(_zh_CN).properties, so that a family reads them in its language. */
    String message() default "{anju.plainText}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
