package cn.anju.portal;

/** The steps of a case as a family follows it: fewer and plainer than the procedure's stages. */
enum FamilyStep {
    SUBMITTED, CHECKED, DECIDED, CHILDREN_PLACED, CERTIFICATES_READY
}
