package cn.anju;

import cn.anju.application.Applicant;
import cn.anju.application.Application;
import cn.anju.application.ApplicationRepository;
import cn.anju.application.ApplicationStatus;
import cn.anju.application.Child;
import cn.anju.application.District;
import cn.anju.application.Housing;
import cn.anju.application.HousingType;
import cn.anju.application.Relationship;
import cn.anju.application.Stage;
import cn.anju.identity.Sex;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Families stored straight into the domain tables, for tests of what happens after intake. */
public final class TestFamilies {

    /** The applicant "family" (password "family") of an application started without demo users, made if missing. */
    public static cn.anju.security.AnjuUser applicant(org.springframework.context.ApplicationContext app) {
        var users = app.getBean(cn.anju.security.UserDirectory.class);
        if (!users.exists("family")) {
            users.createDemo("family", "芳", "王", cn.anju.security.Role.APPLICANT, null);
        }
        return users.load("family");
    }

    /** A birth date that school-entry.dmn puts in the given grade of the running school year. */
    public static LocalDate bornForGrade(int grade) {
        LocalDate today = LocalDate.now();
        int schoolYear = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
        return LocalDate.of(schoolYear - 5 - grade, 3, 1);
    }

    /** The account owning the families stored here: nobody signs in as it. */
    public static final UUID OWNER = UUID.fromString("00000000-0000-4000-8000-00000000f000");

    private TestFamilies() {
    }

    /** Stores a family living at the address, one child per birth date (all with a vaccination certificate unless said). */
    public static Application store(ApplicationRepository applications, District district, String addressLine,
                                    boolean vaccinated, LocalDate... births) {
        UUID id = UUID.randomUUID();
        List<Child> children = new ArrayList<>();
        int n = 0;
        for (LocalDate birth : births) {
            children.add(new Child(UUID.randomUUID(), "孩子" + (++n), "11010520190502001" + (n % 10), Sex.M, birth,
                    vaccinated, Child.Placement.NONE));
        }
        var parent = new Applicant(UUID.randomUUID(), "家长", TestApplications.PARENT_ID, Sex.M,
                LocalDate.of(1991, 1, 1), "13800138000", Relationship.FATHER, "360426", null);
        var application = new Application(id, "AJ-2026-" + id.toString().substring(0, 8).toUpperCase(Locale.ROOT),
                OWNER, District.CITY, district, LocalDate.now(), addressLine, district, ApplicationStatus.IN_REVIEW,
                Stage.EVIDENCE_REVIEW, LocalDate.now().plusDays(15), null, Instant.now(), null, List.of(parent), children,
                new Housing(HousingType.LEASE, "C-" + id, "R-1", null, LocalDate.now().minusDays(1),
                        LocalDate.now().plusYears(1)));
        applications.insert(application);
        return application;
    }
}
