package cn.anju.evidence;

/** What an uploaded document is evidence of. */
public enum DocumentKind {
    LEASE_CONTRACT, PROPERTY_DEED, HUKOU_BOOKLET, BIRTH_CERTIFICATE, VACCINATION_CERTIFICATE, EMPLOYMENT_PROOF
}
