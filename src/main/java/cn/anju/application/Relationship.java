package cn.anju.application;

/** How an applicant relates to the children of the application. */
public enum Relationship {
    MOTHER, FATHER, GUARDIAN, GRANDPARENT, OTHER;

    /** Only a parent or a legal guardian may apply for the family. */
    public boolean mayApply() {
        return this == MOTHER || this == FATHER || this == GUARDIAN;
    }
}
