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

/**
 * Rules that span fields of an application: each broken rule is reported on the field a person
 * would correct, so that the form can show it there.
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
        String message() default "is not consistent";

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
        Violations violations = new Violations(context);
        LocalDate today = LocalDate.now(clock);
        if (request.city() != null && !District.CITY.equalsIgnoreCase(request.city().trim())
                && !"深圳".equals(request.city().trim()) && !"深圳市".equals(request.city().trim())) {
            violations.add("city", "must be " + District.CITY + ": Anju serves no other city yet");
        }
        if (request.district() != null && District.parse(request.district()).isEmpty()) {
            violations.add("district", "is not a district of " + District.CITY);
        }
        if (request.address() != null && request.address().district() != null
                && District.parse(request.address().district()).isEmpty()) {
            violations.add("address.district", "is not a district of " + District.CITY);
        }
        if (request.arrivalDate() != null && request.arrivalDate().isBefore(EARLIEST_DATE)) {
            violations.add("arrivalDate", "must not be before " + EARLIEST_DATE);
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
            violations.add("applicants", "must include a parent or guardian aged " + MIN_APPLICANT_AGE + " or over");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < applicants.size(); i++) {
            ApplicantRequest a = applicants.get(i);
            if (a != null && a.residentId() != null && !seen.add(a.residentId().toUpperCase())) {
                violations.add("applicants", i, "residentId", "lists the same person twice");
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
                violations.add("children", i, "birthDate", "must be of a child under " + ADULT_AGE);
            }
            if (c.residentId() != null && !seen.add(c.residentId().toUpperCase())) {
                violations.add("children", i, "residentId", "lists the same child twice");
            }
        }
    }

    private void checkHousing(ApplicationRequest.HousingRequest housing, Violations violations) {
        if (housing.type() == HousingType.LEASE) {
            requireText(housing.contractNumber(), "housing.contractNumber", "is required for a lease", violations);
            if (housing.startDate() == null) {
                violations.add("housing.startDate", "is required for a lease");
            }
            if (housing.endDate() == null) {
                violations.add("housing.endDate", "is required for a lease");
            }
            if (housing.startDate() != null && housing.startDate().isBefore(EARLIEST_DATE)) {
                violations.add("housing.startDate", "must not be before " + EARLIEST_DATE);
            }
            if (housing.startDate() != null && housing.endDate() != null
                    && !housing.endDate().isAfter(housing.startDate())) {
                violations.add("housing.endDate", "must be after the lease start date");
            } else if (housing.startDate() != null && housing.endDate() != null
                    && housing.endDate().isAfter(housing.startDate().plusYears(LONGEST_LEASE_YEARS))) {
                violations.add("housing.endDate", "must be within " + LONGEST_LEASE_YEARS + " years of the start date");
            }
        } else if (housing.type() == HousingType.PROPERTY) {
            requireText(housing.deedNumber(), "housing.deedNumber", "is required for a property", violations);
        }
    }

    private static void requireText(String value, String field, String message, Violations violations) {
        if (value == null || value.isBlank()) {
            violations.add(field, message);
        }
    }

    /** Builds violations on a dotted path, or on an element of a list. */
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
