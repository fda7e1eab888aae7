package cn.anju.application;

import cn.anju.identity.Sex;
import java.time.LocalDate;
import java.util.UUID;

public record Applicant(
        UUID id,
        String fullName,
        String residentId,
        Sex sex,
        LocalDate birthDate,
        String phone,
        Relationship relationship,
        String hukouDivisionCode,
        String employer) {
}
