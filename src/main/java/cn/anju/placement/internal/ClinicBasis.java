package cn.anju.placement.internal;

/** Why the child is registered at this clinic (or none). */
enum ClinicBasis { NEAREST, OTHER_DISTRICT, OVERRIDE, NONE }
