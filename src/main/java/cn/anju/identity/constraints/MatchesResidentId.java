package cn.anju.identity.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@link cn.anju.identity.DeclaredIdentity}: the declared birth date and sex agree with the
 * resident ID number. Violations are reported on the birthDate and sex fields.
 */
@Documented
@Constraint(validatedBy = MatchesResidentIdValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface MatchesResidentId {

    /** Texts in ValidationMessages(_zh_CN).properties, so that a family reads them in its language. */
    String message() default "{anju.residentId.disagrees}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
