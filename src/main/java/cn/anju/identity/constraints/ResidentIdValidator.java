package cn.anju.identity.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;

/**
 * Reports why a number fails (length, digits, birth date, check character), not just that it does. Each
 * reason is a whole sentence in ValidationMessages (anju.residentId.invalid.checkCharacter, ... named by ResidentId.Problem) rather than a
 * reason appended to a prefix, because the word order differs between English and Chinese.
 */
public class ResidentIdValidator implements ConstraintValidator<ResidentId, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        var problem = cn.anju.identity.ResidentId.problemOf(value, LocalDate.now());
        if (problem == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate("{anju.residentId.invalid." + problem.key() + "}")
                .addConstraintViolation();
        return false;
    }
}
