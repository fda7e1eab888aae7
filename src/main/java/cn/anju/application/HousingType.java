package cn.anju.application;

/** Evidence of a home in the city. */
public enum HousingType {
    LEASE, PROPERTY
}
