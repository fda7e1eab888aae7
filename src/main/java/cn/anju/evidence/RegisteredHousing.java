package cn.anju.evidence;

import cn.anju.application.District;
import cn.anju.application.HousingType;
import java.time.LocalDate;

/** A lease or deed as the registry holds it. */
public record RegisteredHousing(HousingType type, String number, String registrationNumber, String holderResidentId,
                                District district, String address, LocalDate startDate, LocalDate endDate) {
}
