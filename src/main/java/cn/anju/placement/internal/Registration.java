package cn.anju.placement.internal;

import java.util.UUID;

/** A row of clinic_registration: the child's community clinic, or none when no clinic had capacity. */
record Registration(UUID childId, String clinicCode, RegistrationStatus status, ClinicBasis basis, Double distanceKm,
                    String overrideReason) {

    boolean released() {
        return status == RegistrationStatus.RELEASED;
    }
}
