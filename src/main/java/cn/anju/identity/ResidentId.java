package cn.anju.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Objects;
import java.util.Optional;

/**
 * A citizen identity number (GB 11643-1999): six-digit division code, birth date, three-digit
 * sequence whose parity gives the sex, and an ISO 7064 MOD 11-2 check character.
 * Division codes are not checked against GB/T 2260: codes in force when a number was issued stay valid.
 */
public final class ResidentId {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final DateTimeFormatter BIRTH_DATE =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1850, 1, 1);

    private final String value;

    private ResidentId(String value) {
        this.value = value;
    }

    /** Parses a number, accepting a lower-case check letter; empty when it is not a valid number today. */
    public static Optional<ResidentId> parse(String candidate) {
        return parse(candidate, LocalDate.now());
    }

    public static Optional<ResidentId> parse(String candidate, LocalDate today) {
        return problem(candidate, today) == null
                ? Optional.of(new ResidentId(candidate.toUpperCase()))
                : Optional.empty();
    }

    public static ResidentId of(String candidate) {
        String problem = problem(candidate, LocalDate.now());
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return new ResidentId(candidate.toUpperCase());
    }

    /**
     * Why a candidate is not a valid number. The English text is the API's; {@link #key()} names the same
     * reason in a message bundle (ValidationMessages), so that a form can show it in the family's language.
     */
    public enum Problem {
        LENGTH("length", "must have 18 characters"),
        DIGITS("digits", "the first 17 characters must be digits"),
        LAST_CHARACTER("lastCharacter", "the last character must be a digit or X"),
        BIRTH_DATE("birthDate", "does not contain a real birth date"),
        BIRTH_DATE_RANGE("birthDateRange", "contains a birth date in the future or before 1850"),
        CHECK_CHARACTER("checkCharacter", "has a wrong check character");

        private final String key;
        private final String text;

        Problem(String key, String text) {
            this.key = key;
            this.text = text;
        }

        /** The last part of the bundle key, e.g. "checkCharacter". */
        public String key() {
            return key;
        }

        public String text() {
            return text;
        }
    }

    /** Why a candidate is not a valid number, in English, or null when it is. */
    public static String problem(String candidate, LocalDate today) {
        Problem problem = problemOf(candidate, today);
        return problem == null ? null : problem.text();
    }

    /** Why a candidate is not a valid number, or null when it is. */
    public static Problem problemOf(String candidate, LocalDate today) {
        if (candidate == null || candidate.length() != 18) {
            return Problem.LENGTH;
        }
        for (int i = 0; i < 17; i++) {
            if (!Character.isDigit(candidate.charAt(i)) || candidate.charAt(i) > '9') {
                return Problem.DIGITS;
            }
        }
        char last = Character.toUpperCase(candidate.charAt(17));
        if (!(last >= '0' && last <= '9') && last != 'X') {
            return Problem.LAST_CHARACTER;
        }
        LocalDate birth = birthDateOf(candidate);
        if (birth == null) {
            return Problem.BIRTH_DATE;
        }
        if (birth.isAfter(today) || birth.isBefore(EARLIEST_BIRTH)) {
            return Problem.BIRTH_DATE_RANGE;
        }
        if (checkCharacter(candidate) != last) {
            return Problem.CHECK_CHARACTER;
        }
        return null;
    }

    static char checkCharacter(String number) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (number.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    private static LocalDate birthDateOf(String number) {
        try {
            return LocalDate.parse(number.substring(6, 14), BIRTH_DATE);
        } catch (DateTimeException e) {
            return null;
        }
    }

    public String value() {
        return value;
    }

    public String divisionCode() {
        return value.substring(0, 6);
    }

    public LocalDate birthDate() {
        return birthDateOf(value);
    }

    /** Odd sequence numbers are given to men, even ones to women. */
    public Sex sex() {
        return (value.charAt(16) - '0') % 2 == 1 ? Sex.M : Sex.F;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResidentId other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    /** Masked, so that logs and exceptions never carry a whole number. */
    @Override
    public String toString() {
        return value.substring(0, 6) + "********" + value.substring(14);
    }
}
