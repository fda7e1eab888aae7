package cn.anju.privacy;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The version of the consent texts the family was shown: the current one (null is left to @NotBlank). */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = KnownConsentVersion.Validator.class)
public @interface KnownConsentVersion {

    String message() default "{anju.consent.textVersion}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Created by Spring's validator factory, which passes the texts in. */
    class Validator implements ConstraintValidator<KnownConsentVersion, String> {

        private final ConsentTexts texts;

        public Validator(ConsentTexts texts) {
            this.texts = texts;
        }

        @Override
        public boolean isValid(String version, ConstraintValidatorContext context) {
            return version == null || version.isBlank() || texts.isCurrent(version);
        }
    }
}
