package cn.anju.identity.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;

/** Reports why a number fails (length, digits, birth date, check character), not just that it does. */
public class ResidentIdValidator implements ConstraintValidator<ResidentId, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        String problem = cn.anju.identity.ResidentId.problem(value, LocalDate.now());
        if (problem == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate("is not a valid resident ID number: " + problem)
                .addConstraintViolation();
        return false;
    }
}
