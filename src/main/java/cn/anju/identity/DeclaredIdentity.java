package cn.anju.identity;

import java.time.LocalDate;

/** A person's declared birth date and sex, to be checked against their resident ID number. */
public interface DeclaredIdentity {

    String residentId();

    LocalDate birthDate();

    Sex sex();
}
