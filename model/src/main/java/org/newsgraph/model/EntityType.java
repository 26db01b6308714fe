package org.newsgraph.model;

/** The entity types of the output contract ({@code newsgraph/document@1}). */
public enum EntityType {
    PERSON,
    ORGANIZATION,
    GPE,
    LOCATION,
    FACILITY,
    VEHICLE,
    WEAPON,
    EVENT,
    OTHER
}
