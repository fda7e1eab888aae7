package cn.anju.certificate.internal;

/** The documents of an approved application: one for the family, two for each child. */
enum CertificateKind {
    RESIDENCE("居住证明", "Residence Certificate"),
    SCHOOL_LETTER("入学通知书", "School Placement Letter"),
    CLINIC_CARD("社区卫生服务登记卡", "Clinic Registration Card");

    private final String chineseTitle;
    private final String englishTitle;

    CertificateKind(String chineseTitle, String englishTitle) {
        this.chineseTitle = chineseTitle;
        this.englishTitle = englishTitle;
    }

    public String chineseTitle() {
        return chineseTitle;
    }

    public String englishTitle() {
        return englishTitle;
    }
}
