package cn.anju.placement.internal;

import cn.anju.placement.PlacementService.SchoolOutcome;
import cn.anju.placement.PlacementService.TransportPlan;
import cn.anju.placement.internal.ReferenceData.Catchment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The reasons for a child's school, transport and clinic, in the words of i18n/placement.properties. */
@Component
class Explanations {

    /** The child's file is written once, in both of the office's languages: the bundle's default. */
    private static final Locale FILE = Locale.ROOT;

    private final MessageSource messages;
    private final ReferenceData city;
    private final PlacementProperties rules;

    Explanations(MessageSource messages, ReferenceData city, PlacementProperties rules) {
        this.messages = messages;
        this.city = city;
        this.rules = rules;
    }

    /** One line per concern: school, transport (if placed), clinic, health checks, vaccination. */
    String explain(Family family, String schoolEntry, SchoolOutcome school, Registration clinic, List<LocalDate> checks,
                   LocalDate catchUpDue) {
        List<String> lines = new ArrayList<>();
        if (school == null) {
            String code = "placement.school.none";
            lines.add(messages.getMessage(code + "." + schoolEntry, null, text(code), FILE));
        } else if (!school.placed()) {
            lines.add(text("placement.school.waitlist", school.waitlistPosition(), school.grade(),
                    family.district().englishName()));
        } else {
            lines.add(text("placement.school.placed", city.school(school.schoolCode()).orElseThrow().name(), school.grade(),
                    why(family, school), distance(school.distanceKm())));
            lines.add(text("placement.transport.line", switch (school.transport().kind()) {
                case WALK -> text("placement.transport.WALK", rules.maxWalkingDistanceKm(school.grade()), school.grade());
                case BUS, SUBSIDY -> text("placement.transport.far", transport(school.transport()),
                        rules.maxWalkingDistanceKm(school.grade()));
                case UNKNOWN -> text("placement.transport.UNKNOWN");
            }));
        }
        if (clinic == null || clinic.clinicCode() == null) {
            lines.add(text("placement.clinic.none"));
        } else {
            String why = switch (clinic.basis()) {
                case OVERRIDE -> text("placement.clinic.basis.OVERRIDE", reasonNote(clinic.overrideReason()));
                case OTHER_DISTRICT -> text("placement.clinic.basis.OTHER_DISTRICT");
                case NEAREST, NONE -> text("placement.clinic.basis.NEAREST");
            };
            lines.add(text("placement.clinic.registered", city.clinic(clinic.clinicCode()).orElseThrow().name(), why,
                    distance(clinic.distanceKm())));
        }
        if (!checks.isEmpty()) {
            lines.add(text("placement.health-checks", checks.get(0),
                    checks.size() > 1 ? text("placement.health-checks.more", checks.size() - 1) : ""));
        }
        if (!family.child().hasVaccinationCertificate()) {
            lines.add(text("placement.vaccination", catchUpDue));
        }
        return String.join("\n", lines);
    }

    /** The bus or the subsidy in a line of its own (the child's file, the transport authority's log); null for none. */
    String transport(TransportPlan plan) {
        return switch (plan.kind()) {
            case BUS -> text("placement.transport.BUS", plan.route(), plan.stop(), plan.stopKm());
            case SUBSIDY -> text("placement.transport.SUBSIDY", plan.distanceKm());
            default -> null;
        };
    }

    private String why(Family family, SchoolOutcome school) {
        String code = "placement.school.basis." + school.basis();
        return switch (school.basis()) {
            case CATCHMENT -> text(code, family.catchment().map(Catchment::street)
                    .orElseGet(() -> text(code + ".no-street")));
            case NEAREST -> text(code, text(family.catchment().isEmpty()
                    ? "placement.school.nearest.no-catchment" : "placement.school.nearest.catchment-full"));
            case OVERRIDE -> text(code, reasonNote(school.overrideReason()));
            case SIBLING, FROM_WAITLIST, WAITLIST -> text(code);
        };
    }

    private String distance(Double km) {
        return km == null ? "" : text("placement.distance", km);
    }

    private static String reasonNote(String reason) {
        return reason == null ? "" : ": " + reason;
    }

    /** Arguments as text, so numbers and dates read as they always did (1.5, 2031-09-01), never locale-formatted. */
    private String text(String code, Object... args) {
        Object[] texts = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = String.valueOf(args[i]);
        }
        return messages.getMessage(code, texts, FILE);
    }
}
