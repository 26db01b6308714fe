package org.newsgraph.pipeline.event;

/**
 * The sixteen event types of PLOVER (Political Language Ontology for Verifiable Event Records,
 * manual of 2021), with what the extractor needs to know about each.
 */
enum PloverType {
    AGREE(Quad.VERBAL_COOPERATION),
    CONSULT(Quad.VERBAL_COOPERATION),
    SUPPORT(Quad.VERBAL_COOPERATION),
    CONCEDE(Quad.VERBAL_COOPERATION),
    COOPERATE(Quad.MATERIAL_COOPERATION),
    AID(Quad.MATERIAL_COOPERATION),
    RETREAT(Quad.MATERIAL_COOPERATION),
    REQUEST(Quad.VERBAL_CONFLICT),
    ACCUSE(Quad.VERBAL_CONFLICT),
    REJECT(Quad.VERBAL_CONFLICT),
    THREATEN(Quad.VERBAL_CONFLICT),
    PROTEST(Quad.MATERIAL_CONFLICT),
    SANCTION(Quad.MATERIAL_CONFLICT),
    MOBILIZE(Quad.MATERIAL_CONFLICT),
    COERCE(Quad.MATERIAL_CONFLICT),
    ASSAULT(Quad.MATERIAL_CONFLICT);

    /** PLOVER's quad categories. */
    enum Quad { VERBAL_COOPERATION, MATERIAL_COOPERATION, VERBAL_CONFLICT, MATERIAL_CONFLICT }

    private final Quad quad;

    PloverType(Quad quad) {
        this.quad = quad;
    }

    /** A speech act ("we condemn", "I would characterise it as..."): saying it is doing it. */
    boolean isSpeechAct() {
        return (quad == Quad.VERBAL_CONFLICT || quad == Quad.VERBAL_COOPERATION) && this != CONSULT;
    }

    /**
     * True if any object of the trigger is its target ("shelled the city", "arrested three men");
     * otherwise only a person, organisation or place is ("urged Russia" but not "sought shells").
     */
    boolean anyObjectIsTarget() {
        return this == ASSAULT || this == COERCE || this == SANCTION;
    }

    /** True if the object never names a target: "deployed troops" (what is mobilised). */
    boolean objectIsContent() {
        return this == MOBILIZE;
    }

    /** True if the "of" of an event noun names participants ("meeting of leaders") rather than a target. */
    boolean ofNamesParticipants() {
        return this == CONSULT || this == AGREE || this == COOPERATE || this == PROTEST || this == MOBILIZE;
    }

    /**
     * True if a request, rejection, agreement, threat, sanction or concession may take an event as its
     * content ("called for talks", "deprived Russia of aid", "lifted the curfew"), which then is no event
     * of its own.
     */
    boolean takesContent() {
        return this == REQUEST || this == REJECT || this == THREATEN || this == AGREE || this == SANCTION
                || this == CONCEDE;
    }
}
