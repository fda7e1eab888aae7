package cn.anju.identity.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The annotated string is a valid GB 11643-1999 resident ID number; null is left to @NotNull. */
@Documented
@Constraint(validatedBy = ResidentIdValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ResidentId {

    /** Texts in ValidationMessages(_zh_CN).properties, so that a family reads them in its language. */
    String message() default "{anju.residentId.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
