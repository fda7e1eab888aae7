package cn.anju.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a timeline entry's stored detail names, found by shape: the detail is the office's note (ids,
 * codes, English), never shown to the family; only the facts it carries go into the family's sentence.
 */
record EntryFacts(String detail) {

    private static final Pattern UUID_SHAPE =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(T[0-9:.]+Z)?");
    private static final Pattern NUMBER = Pattern.compile("(\\d+) (?:item|day)");
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_]+");
    private static final Pattern PLACEMENT = Pattern.compile("school (.+), grade (\\S+), clinic (.+)");

    EntryFacts {
        detail = detail == null ? "" : detail;
    }

    Optional<UUID> childId() {
        Matcher m = UUID_SHAPE.matcher(detail);
        return m.find() ? Optional.of(UUID.fromString(m.group())) : Optional.empty();
    }

    /** The first date named; an instant is read as the day it is in the city. */
    Optional<LocalDate> date(ZoneId zone) {
        Matcher m = DATE.matcher(detail);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(m.group(2) == null ? LocalDate.parse(m.group(1))
                : LocalDate.ofInstant(Instant.parse(m.group()), zone));
    }

    Optional<Integer> count() {
        Matcher m = NUMBER.matcher(detail);
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    /** The words of the detail in order (an enum name, a code, ...). */
    java.util.List<String> words() {
        return WORD.matcher(detail).results().map(r -> r.group()).toList();
    }

    /** The last word: the reason code after "eligibility.dmn: ". */
    String lastWord() {
        var words = words();
        return words.isEmpty() ? "" : words.get(words.size() - 1);
    }

    /** School and clinic of a placement entry ("child …: school X, grade N, clinic Y"); "null" is none. */
    Optional<String[]> placement() {
        int colon = detail.indexOf(": ");
        Matcher m = PLACEMENT.matcher(colon < 0 ? detail : detail.substring(colon + 2));
        return m.matches() ? Optional.of(new String[] {m.group(1), m.group(3)}) : Optional.empty();
    }
}
