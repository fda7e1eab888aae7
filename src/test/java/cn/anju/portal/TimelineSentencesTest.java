package cn.anju.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anju.application.Application;
import cn.anju.application.ApplicationStatus;
import cn.anju.application.Child;
import cn.anju.application.District;
import cn.anju.application.IssuedCertificate;
import cn.anju.application.Stage;
import cn.anju.application.StatusEvent;
import cn.anju.application.TimelineEntryType;
import cn.anju.identity.Sex;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Every kind of timeline entry reads as a sentence in zh-CN and in English, with no id, code or model name. */
class TimelineSentencesTest {

    static final UUID MING = UUID.fromString("54233cff-9b3f-4c1e-9a51-2f0c7d1e8a01");
    static final UUID HONG = UUID.fromString("a1b2c3d4-0000-4000-8000-000000000002");
    static final String LETTER = "2WVRREN69Q8E";
    static final String RESIDENCE = "7KQ2M4X9PZ3A";
    static final String OLD = "9QQQ4X9PZ3AB";

    /** Each type with a detail as its writer stores it (CaseLog, CaseDecisions, Overrides, DocumentIssuer ...). */
    static final Map<TimelineEntryType, String> DETAILS = new EnumMap<>(Map.ofEntries(
            Map.entry(TimelineEntryType.ACCEPTED, "decision due by 2026-12-20"),
            Map.entry(TimelineEntryType.REGISTRY_CHECKED, "housing registry confirms the evidence"),
            Map.entry(TimelineEntryType.DOCUMENT_UPLOADED, "LEASE_CONTRACT IMG_20261130_0931.jpg"),
            Map.entry(TimelineEntryType.EVIDENCE_ACCEPTED, "lease checked"),
            Map.entry(TimelineEntryType.EVIDENCE_NOT_ACCEPTED, "lease expired"),
            Map.entry(TimelineEntryType.ELIGIBILITY_DECIDED, "eligibility.dmn: ELIGIBLE"),
            Map.entry(TimelineEntryType.QUALITY_SAMPLE, "drawn for review by a clerk (10 % sample)"),
            Map.entry(TimelineEntryType.DEADLINE_ESCALATED,
                    "decision due by 2026-12-20: supervisor alerted, open tasks raised to high priority"),
            Map.entry(TimelineEntryType.TASK_REASSIGNED, "Review evidence to clerk7"),
            Map.entry(TimelineEntryType.ONE_TIME_NOTICE_SENT,
                    "2 item(s), answer by 2026-12-05T15:59:00Z: 租赁合同 Lease contract; 户口簿 Hukou booklet"),
            Map.entry(TimelineEntryType.ONE_TIME_NOTICE_REMINDER, "the answer is due soon"),
            Map.entry(TimelineEntryType.APPLICANT_RESPONDED, "sent the lease (clock paused 3 day(s))"),
            Map.entry(TimelineEntryType.CHILD_PLACED,
                    "child " + MING + ": school 莲花小学, grade 2, clinic 莲花社康"),
            Map.entry(TimelineEntryType.TRANSPORT_REQUESTED, "child " + MING + ": school bus route 3"),
            Map.entry(TimelineEntryType.TRANSPORT_CANCELLED, "child " + MING),
            Map.entry(TimelineEntryType.SCHOOL_OVERRIDDEN, "child " + MING + ": FT-P01 grade 2 -> FT-P02 grade 2: nearer"),
            Map.entry(TimelineEntryType.CLINIC_OVERRIDDEN, "child " + MING + ": FT-C01 -> FT-C02: nearer"),
            Map.entry(TimelineEntryType.SCHOOL_PLACEMENT_CONFIRMED, "child " + MING),
            Map.entry(TimelineEntryType.CLINIC_REGISTRATION_CONFIRMED, "child " + MING),
            Map.entry(TimelineEntryType.CATCH_UP_VACCINATION_CHECKED, "child " + HONG + ": MMR booked"),
            Map.entry(TimelineEntryType.PLACES_RELEASED, "2 school places, 2 clinic places"),
            Map.entry(TimelineEntryType.SCHOOL_FROM_WAITLIST, "child " + HONG + ": FT-P01 grade 4"),
            Map.entry(TimelineEntryType.CERTIFICATE_ISSUED, "SCHOOL_LETTER " + LETTER),
            Map.entry(TimelineEntryType.CERTIFICATE_DOWNLOADED, LETTER),
            Map.entry(TimelineEntryType.CERTIFICATE_VERIFIED, LETTER),
            Map.entry(TimelineEntryType.CERTIFICATE_REVOKED, "RESIDENCE " + OLD + ": issued in error"),
            Map.entry(TimelineEntryType.CERTIFICATE_REISSUED, OLD + " replaced by " + RESIDENCE)));

    /** An id, a code, an enum's or a model's name: none of them belongs in a family's sentence. */
    static final Pattern ID_LIKE = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}|\\b[A-Z0-9]{2,}[_-][A-Z0-9_-]+\\b|\\b(?=[A-Z0-9]*\\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{6,}\\b|\\.dmn|\\.bpmn|\\bnull\\b");
    static final Pattern CJK = Pattern.compile("\\p{IsHan}");
    static final Pattern LATIN = Pattern.compile("[A-Za-z]");

    final ResourceBundleMessageSource messages = messages();
    final TimelineSentences sentences = new TimelineSentences(messages,
            Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneId.of("Asia/Shanghai")));

    static Stream<Arguments> everyTypeInEveryLanguage() {
        return Stream.of(TimelineEntryType.values()).flatMap(type ->
                Stream.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH).map(locale -> Arguments.of(type, locale)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("everyTypeInEveryLanguage")
    void everyEntryIsASentenceOfThePagesLanguage(TimelineEntryType type, Locale locale) {
        String sentence = sentence(type, DETAILS.get(type), locale);
        assertThat(sentence).isNotBlank().doesNotContain("{").doesNotContain("}")
                .doesNotContain(type.name()).doesNotContainPattern(ID_LIKE)
                .isNotEqualTo(messages.getMessage("timeline.other", null, locale));
        boolean english = locale.equals(Locale.ENGLISH);
        String withoutNames = sentence.replaceAll("李小明|李小红|莲花小学|莲花社康", english ? "Name" : "");
        if (english) {
            assertThat(withoutNames).doesNotContainPattern(CJK).matches("[A-Z].*[.]");
        } else {
            assertThat(withoutNames).doesNotContainPattern(LATIN).endsWith("。");
        }
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("everyTypeInEveryLanguage")
    void anEntryWithoutDetailStillReadsAsASentence(TimelineEntryType type, Locale locale) {
        assertThat(sentence(type, null, locale)).doesNotContain("{").doesNotContainPattern(ID_LIKE);
    }

    @Test
    void everySecondWordingExistsInBothLanguages() {
        for (String variant : TimelineSentences.VARIANTS) {
            for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                assertThat(messages.getMessage("timeline." + variant, null, null, locale)).as(variant).isNotBlank();
            }
        }
    }

    @Test
    void childrenAreNamedAndDocumentsSaidForWhatTheyAre() {
        assertThat(sentence(TimelineEntryType.CHILD_PLACED, DETAILS.get(TimelineEntryType.CHILD_PLACED), Locale.ENGLISH))
                .isEqualTo("李小明 has a place at 莲花小学 and is registered at 莲花社康.");
        assertThat(sentence(TimelineEntryType.CERTIFICATE_ISSUED, "SCHOOL_LETTER " + LETTER, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("已签发李小明的入学通知书，现在可以下载。");
        assertThat(sentence(TimelineEntryType.CERTIFICATE_REISSUED, OLD + " replaced by " + RESIDENCE, Locale.ENGLISH))
                .isEqualTo("The office replaced your residence certificate with a new one.");
        assertThat(sentence(TimelineEntryType.DOCUMENT_UPLOADED, "LEASE_CONTRACT scan.pdf", Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("已上传您的租赁合同。");
        assertThat(sentence(TimelineEntryType.ONE_TIME_NOTICE_SENT, DETAILS.get(TimelineEntryType.ONE_TIME_NOTICE_SENT),
                Locale.ENGLISH)).isEqualTo("We asked you, all at once, for 2 items, to send by December 5, 2026.");
        assertThat(sentence(TimelineEntryType.ELIGIBILITY_DECIDED, "eligibility.dmn: LEASE_TOO_SHORT", Locale.ENGLISH))
                .isEqualTo("Your family does not meet the conditions for residency: the lease has too little time left to run.");
        assertThat(sentence(TimelineEntryType.CHILD_PLACED, "child " + HONG + ": school null, grade null, clinic 莲花社康",
                Locale.SIMPLIFIED_CHINESE)).isEqualTo("李小红已进入学位候补名单，并登记在莲花社康。");
    }

    @Test
    void aSchoolNamedInBothLanguagesIsNamedInThePagesOne() {
        String detail = "child " + MING + ": school 莲花实验小学 Lianhua Experimental Primary School, grade 2, "
                + "clinic 莲花社区健康服务中心 Lianhua Community Health Service Centre";
        assertThat(sentence(TimelineEntryType.CHILD_PLACED, detail, Locale.ENGLISH)).isEqualTo(
                "李小明 has a place at Lianhua Experimental Primary School and is registered at Lianhua Community Health Service Centre.");
        assertThat(sentence(TimelineEntryType.CHILD_PLACED, detail, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("李小明已获得莲花实验小学的学位，并登记在莲花社区健康服务中心。");
    }

    @Test
    void anEntryOfAnUnknownKindIsStillASentenceAndShowsNothingStored() {
        var entry = new StatusEvent(Instant.now(), "LEGACY_NOTE", "clerk", "SCHOOL_LETTER " + LETTER);
        assertThat(sentences.sentence(entry, story(Locale.ENGLISH))).isEqualTo("The office updated your application.");
    }

    private String sentence(TimelineEntryType type, String detail, Locale locale) {
        return sentences.sentence(new StatusEvent(Instant.parse("2026-11-30T02:00:00Z"), type.name(), "clerk", detail),
                story(locale));
    }

    private static TimelineSentences.Case story(Locale locale) {
        var ming = new Child(MING, "李小明", "110105201905020019", Sex.M, LocalDate.of(2019, 5, 2), true,
                new Child.Placement("莲花小学", 2, null, "莲花社康"));
        var hong = new Child(HONG, "李小红", "440304201709150028", Sex.F, LocalDate.of(2017, 9, 15), false,
                Child.Placement.NONE);
        var application = new Application(UUID.randomUUID(), "SZ-2026-000123", UUID.randomUUID(), "Shenzhen",
                District.FUTIAN, LocalDate.of(2026, 11, 20), "莲花路 1001 号", District.FUTIAN, ApplicationStatus.APPROVED,
                Stage.CLOSED, LocalDate.of(2026, 12, 20), "all in order", Instant.parse("2026-11-28T02:00:00Z"),
                Instant.parse("2026-11-30T02:00:00Z"), List.of(), List.of(ming, hong), null);
        var issued = List.of(new IssuedCertificate("SCHOOL_LETTER", MING, LETTER, Instant.now()),
                new IssuedCertificate("RESIDENCE", null, RESIDENCE, Instant.now()));
        return new TimelineSentences.Case(application, issued, locale);
    }

    private static ResourceBundleMessageSource messages() {
        var source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/portal", "i18n/notifications");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
