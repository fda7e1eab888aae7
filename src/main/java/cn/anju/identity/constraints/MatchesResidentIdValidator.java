package cn.anju.identity.constraints;

import cn.anju.identity.DeclaredIdentity;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;

/** An invalid number is @ResidentId's to report; this checks only numbers that parse. */
public class MatchesResidentIdValidator implements ConstraintValidator<MatchesResidentId, DeclaredIdentity> {

    @Override
    public boolean isValid(DeclaredIdentity person, ConstraintValidatorContext context) {
        if (person == null || person.residentId() == null) {
            return true;
        }
        var id = cn.anju.identity.ResidentId.parse(person.residentId(), LocalDate.now());
        if (id.isEmpty()) {
            return true;
        }
        boolean valid = true;
        context.disableDefaultConstraintViolation();
        if (person.birthDate() != null && !person.birthDate().equals(id.get().birthDate())) {
            context.buildConstraintViolationWithTemplate("{anju.residentId.birthDateDisagrees}")
                    .addPropertyNode("birthDate").addConstraintViolation();
            valid = false;
        }
        if (person.sex() != null && person.sex() != id.get().sex()) {
            context.buildConstraintViolationWithTemplate("{anju.residentId.sexDisagrees}")
                    .addPropertyNode("sex").addConstraintViolation();
            valid = false;
        }
        return valid;
    }
}
