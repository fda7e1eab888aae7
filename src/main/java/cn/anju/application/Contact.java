package cn.anju.application;

/** How the family is told about its case: an optional email address, and its language. */
public record Contact(String email, FamilyLanguage language) {
}
