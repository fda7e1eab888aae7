package cn.anju.portal;

import cn.anju.application.Application;
import cn.anju.application.Child;
import cn.anju.application.IssuedCertificate;
import cn.anju.application.StatusEvent;
import cn.anju.application.TimelineEntryType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Each timeline entry as a sentence in the page's language ({@code timeline.<TYPE>} of the portal
 * bundle), naming children by name and documents by what they are. Every sentence takes the same
 * arguments, each used or not: {0} the child, {1} the document or certificate, {2} a date, {3} a number,
 * {4} the school, {5} the clinic, {6} a rule's reason. A few entries have a second wording ({@link #VARIANTS}).
 */
@Component
class TimelineSentences {

    /** The second wordings, as {@code TYPE.variant}: every one exists in both languages (a test checks). */
    static final Set<String> VARIANTS = Set.of("REGISTRY_CHECKED.not", "ELIGIBILITY_DECIDED.not",
            "CHILD_PLACED.waitlist");
    private static final String NONE = "null";

    /** The case an entry belongs to, read once for all of its entries. */
    record Case(Application application, List<IssuedCertificate> certificates, Locale locale) {
    }

    private final MessageSource messages;
    private final Clock clock;

    TimelineSentences(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    String sentence(StatusEvent entry, Case story) {
        EntryFacts facts = new EntryFacts(entry.detail());
        Locale locale = story.locale();
        TimelineEntryType type = type(entry);
        if (type == null) {
            return text("timeline.other", locale);
        }
        Optional<Child> child = facts.childId().flatMap(id -> childOf(story.application(), id));
        Optional<IssuedCertificate> certificate = certificateNamed(facts, story.certificates());
        Optional<String[]> placement = facts.placement();
        String school = placement.map(p -> p[0]).orElse(child.map(c -> c.placement().schoolName()).orElse(null));
        String clinic = placement.map(p -> p[1]).filter(c -> !NONE.equals(c))
                .orElse(child.map(c -> c.placement().clinicName()).orElse(null));
        LocalDate date = facts.date(clock.getZone()).orElse(story.application().decisionDeadline());
        Object[] args = {
                child.map(Child::fullName).orElseGet(() -> text("timeline.yourChild", locale)),
                kindOf(type, facts, certificate, story),
                date == null ? "" : FamilyJourneys.date(date, locale),
                facts.count().orElse(0),
                school == null ? "" : BilingualName.in(school, locale),
                clinic == null ? text("timeline.clinicPending", locale) : BilingualName.in(clinic, locale),
                messages.getMessage("notification.reason." + facts.lastWord(), null,
                        text("journey.reason.rules", locale), locale)};
        String key = "timeline." + type + variant(type, facts, school).map(v -> "." + v).orElse("");
        return capitalised(messages.getMessage(key, args, locale), locale);
    }

    private static Optional<String> variant(TimelineEntryType type, EntryFacts facts, String school) {
        return switch (type) {
            case REGISTRY_CHECKED -> facts.detail().contains("confirms") ? Optional.empty() : Optional.of("not");
            case ELIGIBILITY_DECIDED -> "ELIGIBLE".equals(facts.lastWord()) ? Optional.empty() : Optional.of("not");
            case CHILD_PLACED -> school == null || NONE.equals(school) ? Optional.of("waitlist") : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** A certificate as "your residence certificate" or "李小明的入学通知书"; a document by its kind. */
    private String kindOf(TimelineEntryType type, EntryFacts facts, Optional<IssuedCertificate> certificate,
                          Case story) {
        Locale locale = story.locale();
        String first = facts.words().isEmpty() ? "" : facts.words().get(0);
        if (type == TimelineEntryType.DOCUMENT_UPLOADED) {
            return messages.getMessage("timeline.document." + first, null, text("timeline.aDocument", locale), locale);
        }
        String kind = certificate.map(IssuedCertificate::kind).orElse(first);
        String name = messages.getMessage("timeline.certificate." + kind, null, null, locale);
        if (name == null) {
            return text("timeline.aCertificate", locale);
        }
        Optional<String> childName = certificate.map(IssuedCertificate::childId)
                .flatMap(id -> childOf(story.application(), id)).map(Child::fullName);
        return childName.map(n -> text("timeline.childs", locale, name, n))
                .orElseGet(() -> text("timeline.yours", locale, name));
    }

    /** The valid certificate whose code the entry names (a reissue names the old code, then the new). */
    private static Optional<IssuedCertificate> certificateNamed(EntryFacts facts, List<IssuedCertificate> issued) {
        return facts.words().stream()
                .flatMap(word -> issued.stream().filter(c -> c.code().equals(word)))
                .findFirst();
    }

    private static Optional<Child> childOf(Application a, UUID id) {
        return a.children().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    private static TimelineEntryType type(StatusEvent entry) {
        try {
            return TimelineEntryType.valueOf(entry.type());
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return null;
        }
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static String capitalised(String sentence, Locale locale) {
        return sentence.isEmpty() ? sentence : sentence.substring(0, 1).toUpperCase(locale) + sentence.substring(1);
    }
}
