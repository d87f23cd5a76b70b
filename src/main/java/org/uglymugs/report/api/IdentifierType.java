package org.uglymugs.report.api;

/** Kinds of perpetrator identifier; each is normalised before it is stored or hashed. */
public enum IdentifierType {
    PHONE,
    EMAIL,
    USERNAME,
    VEHICLE_REG,
    NAME,
    URL
}
