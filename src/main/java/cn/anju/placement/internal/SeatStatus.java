package cn.anju.placement.internal;

/** A school seat's row: held until the decision, taken once approved, waitlisted without one, released when refused. */
enum SeatStatus { HELD, TAKEN, WAITLISTED, RELEASED }
