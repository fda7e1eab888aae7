package cn.anju.intake;

import cn.anju.application.District;
import cn.anju.application.HousingType;
import cn.anju.intake.ApplicationRequest.ApplicantRequest;
import cn.anju.intake.ApplicationRequest.ChildRequest;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Rules that span fields of an application: each broken rule is reported on the field a person
 * would correct, so that the form can show it there. Messages are keys of ValidationMessages(_zh_CN).properties,
 * so that the family reads them in its language; the limits in them ({city}, {earliestDate}, ...) are message
 * parameters taken from the constants here, so that a bundle never states a limit the code does not apply.
 */
public class ApplicationRules implements ConstraintValidator<ApplicationRules.Consistent, ApplicationRequest> {

    static final int ADULT_AGE = 18;
    static final int MIN_APPLICANT_AGE = 16;
    static final LocalDate EARLIEST_DATE = LocalDate.of(1950, 1, 1);
    static final int LONGEST_LEASE_YEARS = 30;

    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = ApplicationRules.class)
    public @interface Consistent {
        String message() default "{anju.application.inconsistent}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    private final Clock clock;

    public ApplicationRules() {
        this(Clock.systemDefaultZone());
    }

    ApplicationRules(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean isValid(ApplicationRequest request, ConstraintValidatorContext context) {
        context.disableDefaultConstraintViolation();
        context.unwrap(HibernateConstraintValidatorContext.class)
                .addMessageParameter("city", District.CITY)
                .addMessageParameter("cityZh", District.CITY_ZH)
                .addMessageParameter("earliestDate", EARLIEST_DATE.toString())
                .addMessageParameter("minApplicantAge", MIN_APPLICANT_AGE)
                .addMessageParameter("adultAge", ADULT_AGE)
                .addMessageParameter("longestLeaseYears", LONGEST_LEASE_YEARS);
        Violations violations = new Violations(context);
        LocalDate today = LocalDate.now(clock);
        if (request.city() != null && !District.CITY.equalsIgnoreCase(request.city().trim())
                && !"深圳".equals(request.city().trim()) && !District.CITY_ZH.equals(request.city().trim())) {
            violations.add("city", "{anju.application.city}");
        }
        if (request.district() != null && District.parse(request.district()).isEmpty()) {
            violations.add("district", "{anju.application.district}");
        }
        if (request.address() != null && request.address().district() != null
                && District.parse(request.address().district()).isEmpty()) {
            violations.add("address.district", "{anju.application.district}");
        }
        if (request.arrivalDate() != null && request.arrivalDate().isBefore(EARLIEST_DATE)) {
            violations.add("arrivalDate", "{anju.application.dateTooEarly}");
        }
        checkApplicants(request.applicants(), today, violations);
        checkChildren(request.children(), today, violations);
        if (request.housing() != null) {
            checkHousing(request.housing(), violations);
        }
        return violations.none();
    }

    private void checkApplicants(List<ApplicantRequest> applicants, LocalDate today, Violations violations) {
        if (applicants == null || applicants.isEmpty()) {
            return;
        }
        boolean someoneMayApply = applicants.stream().anyMatch(a -> a != null && a.relationship() != null
                && a.relationship().mayApply() && a.birthDate() != null
                && Period.between(a.birthDate(), today).getYears() >= MIN_APPLICANT_AGE);
        if (!someoneMayApply) {
            violations.add("applicants", "{anju.application.noGuardian}");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < applicants.size(); i++) {
            ApplicantRequest a = applicants.get(i);
            if (a != null && a.residentId() != null && !seen.add(a.residentId().toUpperCase())) {
                violations.add("applicants", i, "residentId", "{anju.application.samePersonTwice}");
            }
        }
    }

    private void checkChildren(List<ChildRequest> children, LocalDate today, Violations violations) {
        if (children == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < children.size(); i++) {
            ChildRequest c = children.get(i);
            if (c == null) {
                continue;
            }
            if (c.birthDate() != null && Period.between(c.birthDate(), today).getYears() >= ADULT_AGE) {
                violations.add("children", i, "birthDate", "{anju.application.notAChild}");
            }
            if (c.residentId() != null && !seen.add(c.residentId().toUpperCase())) {
                violations.add("children", i, "residentId", "{anju.application.sameChildTwice}");
            }
        }
    }

    private void checkHousing(ApplicationRequest.HousingRequest housing, Violations violations) {
        if (housing.type() == HousingType.LEASE) {
            requireText(housing.contractNumber(), "housing.contractNumber", "{anju.application.leaseRequires}",
                    violations);
            if (housing.startDate() == null) {
                violations.add("housing.startDate", "{anju.application.leaseRequires}");
            }
            if (housing.endDate() == null) {
                violations.add("housing.endDate", "{anju.application.leaseRequires}");
            }
            if (housing.startDate() != null && housing.startDate().isBefore(EARLIEST_DATE)) {
                violations.add("housing.startDate", "{anju.application.dateTooEarly}");
            }
            if (housing.startDate() != null && housing.endDate() != null
                    && !housing.endDate().isAfter(housing.startDate())) {
                violations.add("housing.endDate", "{anju.application.leaseEndsBeforeStart}");
            } else if (housing.startDate() != null && housing.endDate() != null
                    && housing.endDate().isAfter(housing.startDate().plusYears(LONGEST_LEASE_YEARS))) {
                violations.add("housing.endDate", "{anju.application.leaseTooLong}");
            }
        } else if (housing.type() == HousingType.PROPERTY) {
            requireText(housing.deedNumber(), "housing.deedNumber", "{anju.application.propertyRequires}", violations);
        }
    }

    private static void requireText(String value, String field, String messageKey, Violations violations) {
        if (value == null || value.isBlank()) {
            violations.add(field, messageKey);
        }
    }

    /** Builds violations on a dotted path, or on an element of a list; a message is a {key} of the bundles. */
    private static final class Violations {
        private final ConstraintValidatorContext context;
        private boolean any;

        Violations(ConstraintValidatorContext context) {
            this.context = context;
        }

        void add(String path, String message) {
            var builder = context.buildConstraintViolationWithTemplate(message);
            String[] nodes = path.split("\\.");
            var node = builder.addPropertyNode(nodes[0]);
            for (int i = 1; i < nodes.length; i++) {
                node = node.addPropertyNode(nodes[i]);
            }
            node.addConstraintViolation();
            any = true;
        }

        void add(String list, int index, String field, String message) {
            context.buildConstraintViolationWithTemplate(message)
                    .addPropertyNode(list).addPropertyNode(field).inIterable().atIndex(index)
                    .addConstraintViolation();
            any = true;
        }

        boolean none() {
            return !any;
        }
    }
}
