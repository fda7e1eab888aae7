package cn.anju.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anju.identity.constraints.MatchesResidentId;
import cn.anju.identity.constraints.ResidentId;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;

class ResidentIdConstraintsTest {

    // The messages are localized (ValidationMessages*.properties): the locale is named, not the JVM's default.
    private final Validator validator = validator(Locale.ENGLISH);

    private static Validator validator(Locale locale) {
        return Validation.byProvider(HibernateValidator.class).configure().defaultLocale(locale)
                .buildValidatorFactory().getValidator();
    }

    @MatchesResidentId
    record Person(@ResidentId String residentId, LocalDate birthDate, Sex sex) implements DeclaredIdentity {
    }

    private Map<String, String> violations(Person person) {
        return violations(validator, person);
    }

    private static Map<String, String> violations(Validator validator, Person person) {
        Set<ConstraintViolation<Person>> found = validator.validate(person);
        return found.stream().collect(Collectors.toMap(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage));
    }

    @Test
    void aPersonWhoseDeclarationsAgreeWithTheNumberIsValid() {
        assertThat(violations(new Person("11010519491231002X", LocalDate.of(1949, 12, 31), Sex.F))).isEmpty();
    }

    @Test
    void aWrongCheckCharacterIsReportedOnTheNumberWithTheReason() {
        assertThat(violations(new Person("360426199101010072", LocalDate.of(1991, 1, 1), Sex.M)))
                .containsOnlyKeys("residentId")
                .containsValue("is not a valid resident ID number: has a wrong check character");
    }

    @Test
    void theReasonIsInChineseForAChineseValidator() {
        Validator chinese = validator(Locale.SIMPLIFIED_CHINESE);
        assertThat(violations(chinese, new Person("360426199101010072", LocalDate.of(1991, 1, 1), Sex.M)))
                .containsEntry("residentId", "不是有效的居民身份证号码：校验码错误");
        assertThat(violations(chinese, new Person("360426199101010071", LocalDate.of(1991, 1, 2), Sex.M)))
                .containsEntry("birthDate", "与居民身份证号码中的出生日期不一致");
    }

    @Test
    void aBirthDateOrSexThatDisagreesIsReportedOnThatField() {
        assertThat(violations(new Person("360426199101010071", LocalDate.of(1991, 1, 2), Sex.F)))
                .containsOnlyKeys("birthDate", "sex");
        assertThat(violations(new Person("120103198806018241", LocalDate.of(1988, 6, 1), Sex.M)))
                .containsOnlyKeys("sex");
    }

    @Test
    void nullIsLeftToNotNull() {
        assertThat(violations(new Person(null, null, null))).isEmpty();
    }
}
