package cn.anju.placement.internal;

import cn.anju.application.District;
import cn.anju.application.ReferenceFile;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The city as placement sees it, read once at start from the files of {@link PlacementProperties}:
 * district centres, schools (grades, seats per grade), catchments (which street belongs to which
 * schools), school bus stops and community clinics. Inconsistent files stop the start.
 */
@Component
class ReferenceData {

    /** A point on the map (WGS84). */
    public record GeoPoint(double lat, double lon) {
        private static final double EARTH_RADIUS_KM = 6371.0088;

        /** Great-circle distance (haversine): a fair lower bound of the way to walk. */
        public double kmTo(GeoPoint other) {
            double dLat = Math.toRadians(other.lat - lat);
            double dLon = Math.toRadians(other.lon - lon);
            double a = Math.pow(Math.sin(dLat / 2), 2)
                    + Math.cos(Math.toRadians(lat)) * Math.cos(Math.toRadians(other.lat)) * Math.pow(Math.sin(dLon / 2), 2);
            return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(a));
        }
    }

    public record School(String code, District district, String nameZh, String nameEn, GeoPoint location,
                         int firstGrade, int lastGrade, int seatsPerGrade) {
        public boolean teaches(int grade) {
            return grade >= firstGrade && grade <= lastGrade;
        }

        public String name() {
            return nameZh + " " + nameEn;
        }
    }

    /** The streets of a catchment area and the schools (one per stage, or a nine-year school) serving them. */
    public record Catchment(District district, String street, GeoPoint location, List<String> schoolCodes) {
    }

    public record BusStop(String route, String schoolCode, String stop, GeoPoint location) {
    }

    public record Clinic(String code, District district, String nameZh, String nameEn, GeoPoint location,
                         int capacity) {
        public String name() {
            return nameZh + " " + nameEn;
        }
    }

    private final Map<District, GeoPoint> centres = new HashMap<>();
    private final Map<String, School> schools = new LinkedHashMap<>();
    private final List<Catchment> catchments;
    private final List<BusStop> busStops;
    private final Map<String, Clinic> clinics = new LinkedHashMap<>();

    ReferenceData(PlacementProperties properties) {
        ReferenceFile.read(properties.districts(), 5, row -> centres.put(row.district(0), point(row, 3)));
        for (School school : ReferenceFile.read(properties.schools(), 9, row -> {
            var s = new School(row.text(0), row.district(1), row.text(2), row.text(3), point(row, 4), row.integer(6),
                    row.integer(7), row.integer(8));
            if (s.firstGrade() < 1 || s.lastGrade() > 9 || s.firstGrade() > s.lastGrade() || s.seatsPerGrade() < 0) {
                throw row.problem("grades must lie within 1-9 and seats must not be negative");
            }
            return s;
        })) {
            if (schools.putIfAbsent(school.code(), school) != null) {
                throw new IllegalStateException("School code " + school.code() + " appears twice");
            }
        }
        catchments = ReferenceFile.read(properties.catchments(), 5, row -> {
            var c = new Catchment(row.district(0), compact(row.text(1)), point(row, 2),
                    Arrays.stream(row.text(4).split("\\|")).map(String::trim).toList());
            c.schoolCodes().forEach(code -> requireSchool(row, code, c.district()));
            return c;
        });
        busStops = ReferenceFile.read(properties.busRoutes(), 5, row -> {
            var stop = new BusStop(row.text(0), row.text(1), row.text(2), point(row, 3));
            requireSchool(row, stop.schoolCode(), null);
            return stop;
        });
        for (Clinic clinic : ReferenceFile.read(properties.clinics(), 7, row -> new Clinic(row.text(0),
                row.district(1), row.text(2), row.text(3), point(row, 4), row.integer(6)))) {
            if (clinics.putIfAbsent(clinic.code(), clinic) != null) {
                throw new IllegalStateException("Clinic code " + clinic.code() + " appears twice");
            }
        }
        for (District district : District.values()) {
            if (!centres.containsKey(district)) {
                throw new IllegalStateException(properties.districts().getDescription() + " has no row for " + district);
            }
        }
    }

    public List<School> schools() {
        return List.copyOf(schools.values());
    }

    public Optional<School> school(String code) {
        return Optional.ofNullable(code == null ? null : schools.get(code.trim()));
    }

    public List<Clinic> clinics() {
        return List.copyOf(clinics.values());
    }

    public Optional<Clinic> clinic(String code) {
        return Optional.ofNullable(code == null ? null : clinics.get(code.trim()));
    }

    public GeoPoint centreOf(District district) {
        return centres.get(district);
    }

    /**
     * The catchment of an address: the street of the district named in the address line (the longest
     * street name that the line contains, spaces ignored), if the city's file knows it.
     */
    public Optional<Catchment> catchmentOf(District district, String addressLine) {
        String line = compact(addressLine);
        return catchments.stream()
                .filter(c -> c.district() == district && line.contains(c.street()))
                .max(Comparator.comparingInt(c -> c.street().length()));
    }

    /** The stops of the bus routes that serve a school. */
    public List<BusStop> stopsServing(String schoolCode) {
        return busStops.stream().filter(s -> s.schoolCode().equals(schoolCode)).toList();
    }

    private void requireSchool(ReferenceFile.Row row, String code, District district) {
        School school = schools.get(code);
        if (school == null) {
            throw row.problem("unknown school " + code);
        }
        if (district != null && school.district() != district) {
            throw row.problem("school " + code + " lies in " + school.district() + ", not " + district);
        }
    }

    private static GeoPoint point(ReferenceFile.Row row, int latColumn) {
        double lat = row.decimal(latColumn);
        double lon = row.decimal(latColumn + 1);
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            throw row.problem("not a position: " + lat + "," + lon);
        }
        return new GeoPoint(lat, lon);
    }

    private static String compact(String text) {
        return text == null ? "" : text.replaceAll("\\s+", "");
    }
}
