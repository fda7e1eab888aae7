package cn.anju.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.anju.application.Applicant;
import cn.anju.application.Application;
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
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ResidenceCertificateRendererTest {

    private static final CjkFont FONT = font();
    private final ResidenceCertificateRenderer renderer = new ResidenceCertificateRenderer(FONT);

    private static CjkFont font() {
        try {
            return new CjkFont();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Application application(String childName) {
        var parent = new Applicant(UUID.randomUUID(), "欧阳娜娜", "120103198806018241", Sex.F,
                LocalDate.of(1988, 6, 1), "13800138000", Relationship.MOTHER, "120103", null);
        var child = new Child(UUID.randomUUID(), childName, "440304201709150028", Sex.F, LocalDate.of(2017, 9, 15),
                true, new Child.Placement("南山实验学校", 3, "校车 2 号线", "南头社区健康服务中心"));
        return new Application(UUID.randomUUID(), "AJ-2026-ABCDEFGH", "family", District.CITY, District.NANSHAN,
                LocalDate.of(2026, 11, 20), "南头街道 88 号", District.NANSHAN, ApplicationStatus.APPROVED,
                Stage.CLOSED, null, null, Instant.now(), Instant.now(), List.of(parent), List.of(child),
                new Housing(HousingType.LEASE, "L-1", "R-1", null, LocalDate.of(2026, 11, 1),
                        LocalDate.of(2027, 10, 31)));
    }

    @Test
    void chineseAndEnglishTextIsExtractableAndThePageRenders() throws Exception {
        byte[] pdf = renderer.render(application("张䶮"), "ABCDEFGHJKMN", LocalDate.of(2026, 11, 28));
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isOne();
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("居住证明", "Residence Certificate", "南山区", "欧阳娜娜", "张䶮", "南山实验学校",
                    "3 年级 grade", "校车 2 号线", "南头社区健康服务中心", "ABCDEFGHJKMN", "2027-11-28");
            var image = new PDFRenderer(document).renderImageWithDPI(0, 50);
            assertThat(image.getWidth()).isGreaterThan(100);
        }
        assertThat(pdf.length).as("a subset, not the 10 MB font").isLessThan(200_000);
    }

    @Test
    void aNameTheFontCannotDrawStopsIssuing() {
        String tangut = new String(Character.toChars(0x17000));
        assertThatThrownBy(() -> renderer.render(application("李" + tangut), "ABCDEFGHJKMN", LocalDate.now()))
                .isInstanceOf(UndrawableTextException.class).hasMessageContaining("U+17000");
    }

    @Test
    void theParsedFontIsReusedAcrossDocuments() throws Exception {
        for (int i = 0; i < 3; i++) {
            byte[] pdf = renderer.render(application("王小" + i), "CODE" + i, LocalDate.now());
            try (var document = Loader.loadPDF(pdf)) {
                assertThat(new PDFTextStripper().getText(document)).contains("王小" + i);
            }
        }
    }
}
