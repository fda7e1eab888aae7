package cn.anju.placement.internal;

/** A clinic registration's row: held until the decision, registered once approved, released when refused. */
enum RegistrationStatus { HELD, REGISTERED, NO_CAPACITY, RELEASED }
