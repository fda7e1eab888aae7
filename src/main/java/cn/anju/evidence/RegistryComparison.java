package cn.anju.evidence;

import cn.anju.application.Application;
import cn.anju.application.HousingType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The housing registry's answer beside what the family declared, field by field, for a clerk to compare
 * with the lease in front of them. Reads the registry only: the case's own check ({@link RegistryCheck})
 * records its outcome when the process runs it.
 */
@Service
public class RegistryComparison {

    /** What a row compares; the page names each in its language. */
    public enum Field { NUMBER, REGISTRATION_NUMBER, HOLDER, DISTRICT, ADDRESS, START_DATE, END_DATE }

    /** One field: the declared value, the registered one (null when the registry has none), and whether they agree. */
    public record Row(Field field, String declared, String registered, boolean matches) {
    }

    /** found is false when the registry does not know the number (or knows it as the other kind). */
    public record Answer(boolean found, List<Row> rows) {
        public boolean allMatch() {
            return found && rows.stream().allMatch(Row::matches);
        }
    }

    private final HousingRegistry registry;

    RegistryComparison(HousingRegistry registry) {
        this.registry = registry;
    }

    public Answer compare(Application application) {
        var h = application.housing();
        boolean lease = h.type() == HousingType.LEASE;
        String number = lease ? h.contractNumber() : h.deedNumber();
        var entry = registry.find(number).filter(r -> r.type() == h.type());
        RegisteredHousing r = entry.orElse(null);
        boolean found = r != null;
        List<Row> rows = new ArrayList<>();
        rows.add(row(Field.NUMBER, number, found ? r.number() : null, found));
        if (lease) {
            rows.add(row(Field.REGISTRATION_NUMBER, h.registrationNumber(), found ? r.registrationNumber() : null, found));
        }
        String holder = found ? r.holderResidentId() : null;
        var holding = application.applicants().stream().filter(a -> a.residentId().equalsIgnoreCase(
                Objects.toString(holder, ""))).findFirst();
        String declaredHolders = holding.map(a -> a.residentId()).orElse(application.applicants().stream()
                .map(a -> a.residentId()).collect(Collectors.joining(", ")));
        rows.add(new Row(Field.HOLDER, declaredHolders, holder, holding.isPresent()));
        rows.add(row(Field.DISTRICT, application.addressDistrict().englishName(),
                found ? r.district().englishName() : null, found));
        // The declared line may name the district or street area first; it must end with the registered address.
        rows.add(new Row(Field.ADDRESS, application.addressLine(), found ? r.address() : null,
                found && compact(application.addressLine()).endsWith(compact(r.address()))));
        rows.add(row(Field.START_DATE, date(h.startDate()), found ? date(r.startDate()) : null, found));
        rows.add(row(Field.END_DATE, date(h.endDate()), found ? date(r.endDate()) : null, found));
        return new Answer(found, List.copyOf(rows));
    }

    private static Row row(Field field, String declared, String registered, boolean found) {
        return new Row(field, declared, registered, found && Objects.equals(declared, registered));
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String compact(String text) {
        return text == null ? "" : text.replaceAll("\\s+", "");
    }
}
