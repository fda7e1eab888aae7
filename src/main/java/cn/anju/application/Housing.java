package cn.anju.application;

import java.time.LocalDate;

/** The evidence of a home: a lease (contract and registration numbers) or a property deed. */
public record Housing(
        HousingType type,
        String contractNumber,
        String registrationNumber,
        String deedNumber,
        LocalDate startDate,
        LocalDate endDate) {
}
