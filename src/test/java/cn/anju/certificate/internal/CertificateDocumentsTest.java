package cn.anju.certificate.internal;

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
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of document: its text, its QR code, its signature; and what it refuses to print. */
class CertificateDocumentsTest {

    @TempDir
    static Path keys;
    static CertificateRenderer renderer;
    static PdfSigner signer;

    @BeforeAll
    static void setUp() throws Exception {
        renderer = new CertificateRenderer(new CjkFont());
        var properties = new CertificateProperties(keys.resolve("signing.p12"), "test", "anju", true,
                "https://anju.example/", 30);
        signer = new PdfSigner(new SigningKey(properties));
    }

    static Application application(String childName) {
        var parent = new Applicant(UUID.randomUUID(), "欧阳娜娜", "120103198806018241", Sex.F,
                LocalDate.of(1988, 6, 1), "13800138000", Relationship.MOTHER, "120103", null);
        var child = new Child(UUID.randomUUID(), childName, "440304201709150028", Sex.F, LocalDate.of(2017, 9, 15),
                true, new Child.Placement("南山实验学校", 3, "校车 2 号线", "南头社区健康服务中心"));
        return new Application(UUID.randomUUID(), "AJ-2026-ABCDEFGH", UUID.randomUUID(), District.CITY, District.NANSHAN,
                LocalDate.of(2026, 11, 20), "南头街道 88 号", District.NANSHAN, ApplicationStatus.APPROVED,
                Stage.CLOSED, null, null, Instant.now(), Instant.now(), List.of(parent), List.of(child),
                new Housing(HousingType.LEASE, "L-1", "R-1", null, LocalDate.of(2026, 11, 1),
                        LocalDate.of(2027, 10, 31)));
    }

    private static byte[] render(CertificateContent content, String code) throws Exception {
        return renderer.render(content, "title", "author", code, "https://anju.example/verify/" + code);
    }

    private static String text(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void theResidenceCertificateNamesTheFamilyInChineseAndEnglish() throws Exception {
        var a = application("张䶮");
        byte[] pdf = render(CertificateContent.residence(a, LocalDate.of(2026, 11, 28)), "ABCDEFGHJKMN");
        assertThat(text(pdf)).contains("居住证明", "Residence Certificate", "南山区", "欧阳娜娜", "张䶮",
                "AJ-2026-ABCDEFGH", "2027-11-28", "ABCDEFGHJKMN");
        assertThat(pdf.length).as("a font subset, not the 10 MB font").isLessThan(200_000);
    }

    @Test
    void theSchoolLetterShowsThePlacementAndNoIdNumbers() throws Exception {
        var a = application("张小红");
        var content = CertificateContent.schoolLetter(a, a.children().get(0), LocalDate.of(2026, 11, 28));
        String text = text(render(content, "ABCDEFGHJKMN"));
        assertThat(text).contains("入学通知书", "School Placement Letter", "张小红", "南山实验学校", "2026-2027",
                "校车 2 号线");
        assertThat(text).doesNotContain("440304201709150028", "120103198806018241", "L-1");
        assertThat(content.publicFields()).containsOnlyKeys("pupil", "school", "grade", "schoolYear")
                .containsEntry("school", "南山实验学校").containsEntry("grade", "3");
    }

    @Test
    void theClinicCardNamesTheClinic() throws Exception {
        var a = application("张小红");
        var content = CertificateContent.clinicCard(a, a.children().get(0), LocalDate.of(2026, 11, 28));
        assertThat(text(render(content, "ABCDEFGHJKMN"))).contains("社区卫生服务登记卡", "南头社区健康服务中心");
        assertThat(content.publicFields()).containsOnlyKeys("child", "clinic", "registeredOn");
    }

    @Test
    void theQrCodeDecodesToTheVerificationUrl() throws Exception {
        byte[] pdf = render(CertificateContent.residence(application("李明"), LocalDate.now()), "QRCDE2345678");
        try (var document = Loader.loadPDF(pdf)) {
            var image = new PDFRenderer(document).renderImageWithDPI(0, 150);
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            var bitmap = new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
            assertThat(new QRCodeReader().decode(bitmap).getText())
                    .isEqualTo("https://anju.example/verify/QRCDE2345678");
        }
    }

    @Test
    void theSignatureVerifiesAndAModifiedPdfFails() throws Exception {
        byte[] signed = signer.sign(render(CertificateContent.residence(application("李明"), LocalDate.now()),
                "SIGNE2345678"), "Nanshan District Residency Office", "Residence Certificate");
        assertThat(signatureValid(signed)).isTrue();

        byte[] tampered = signed.clone();
        int inside = 200; // within the first signed byte range
        tampered[inside] = (byte) (tampered[inside] ^ 0x01);
        assertThat(signatureValid(tampered)).isFalse();
    }

    static boolean signatureValid(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            var signature = document.getLastSignatureDictionary();
            assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            var cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)),
                    signature.getContents(pdf));
            var signerInfo = cms.getSignerInfos().getSigners().iterator().next();
            var holder = (X509CertificateHolder) cms.getCertificates().getMatches(signerInfo.getSID()).iterator().next();
            assertThat(signerInfo.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2))
                    .isNotNull();
            assertThat(signerInfo.getSignedAttributes().get(org.bouncycastle.asn1.cms.CMSAttributes.signingTime))
                    .as("PAdES baseline: no CMS signing time").isNull();
            assertThat(signature.getSignDate()).isNotNull();
            try {
                return signerInfo.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder));
            } catch (CMSException digestMismatch) {
                return false;
            }
        }
    }

    @Test
    void aNameTheFontCannotDrawStopsIssuingWithoutPrintingTheName() {
        String tangut = new String(Character.toChars(0x17000));
        var content = CertificateContent.residence(application("李" + tangut), LocalDate.now());
        assertThatThrownBy(() -> render(content, "ABCDEFGHJKMN"))
                .isInstanceOf(UndrawableTextException.class).hasMessageContaining("U+17000")
                .hasMessageNotContaining("李");
    }

    @Test
    void theRateLimitLetsAFewThroughThenAsksToWait() {
        var clock = java.time.Clock.fixed(Instant.parse("2026-11-28T10:00:30Z"), java.time.ZoneOffset.UTC);
        var limit = new VerificationRateLimit(new CertificateProperties(null, null, null, false, "", 3), clock);
        assertThat(List.of(limit.tryAcquire("a"), limit.tryAcquire("a"), limit.tryAcquire("a"))).containsOnly(0L);
        assertThat(limit.tryAcquire("a")).isEqualTo(30);
        assertThat(limit.tryAcquire("b")).isZero();
    }
}
