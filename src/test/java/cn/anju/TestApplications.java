package cn.anju;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;

/** A valid application as JSON, to be bent into each kind of bad input. */
public final class TestApplications {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static final String PARENT_ID = "360426199101010071";     // male, born 1991-01-01
    public static final String CHILD_1_ID = "110105201905020019";    // male, born 2019-05-02
    public static final String CHILD_2_ID = "440304201709150028";    // female, born 2017-09-15
    /** consent.text.version of i18n/privacy.properties: the texts a family agrees to now. */
    public static final String CONSENT_VERSION = "2026-12-01";

    private TestApplications() {
    }

    public static Map<String, Object> twoChildren() {
        String json = """
                {
                  "city": "Shenzhen", "district": "Futian", "arrivalDate": "2026-11-20",
                  "address": { "line": "莲花路 1001 号 3 栋 502", "district": "Futian" },
                  "applicants": [ { "fullName": "李建国", "residentId": "%s", "sex": "M", "birthDate": "1991-01-01",
                      "phone": "13800138000", "relationship": "FATHER", "hukouDivisionCode": "360426",
                      "employer": "深圳电子厂" } ],
                  "children": [
                    { "fullName": "李小明", "residentId": "%s", "sex": "M", "birthDate": "2019-05-02",
                      "hasVaccinationCertificate": true },
                    { "fullName": "李小红", "residentId": "%s", "sex": "F", "birthDate": "2017-09-15",
                      "hasVaccinationCertificate": false } ],
                  "housing": { "type": "LEASE", "contractNumber": "SZ-L-2026-0001", "registrationNumber": "FT-778",
                               "startDate": "2026-11-15", "endDate": "2027-11-14" },
                  "consent": { "childrenData": true, "truthDeclaration": true, "textVersion": "%s" }
                }""".formatted(PARENT_ID, CHILD_1_ID, CHILD_2_ID, CONSENT_VERSION);
        try {
            return JSON.readValue(json, new TypeReference<>() {
            });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same family with a lease the demo housing registry knows: decided without a clerk. */
    public static Map<String, Object> registeredLease() {
        Map<String, Object> application = twoChildren();
        Map<String, Object> housing = at(application, "housing");
        housing.put("contractNumber", "SZ-L-2026-8888");
        housing.put("registrationNumber", "FT-888");
        housing.put("startDate", "2026-11-01");
        housing.put("endDate", "2027-10-31");
        return application;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> at(Map<String, Object> root, String path) {
        Object node = root;
        for (String part : path.split("\\.")) {
            if (part.matches("\\d+")) {
                node = ((List<Object>) node).get(Integer.parseInt(part));
            } else {
                node = ((Map<String, Object>) node).get(part);
            }
        }
        return (Map<String, Object>) node;
    }
}
