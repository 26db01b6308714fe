package org.newsgraph.cli.export;

import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * ACLED's event categories for a PLOVER type and mode, for the events ACLED codes: political
 * violence, demonstrations and strategic developments (ACLED Codebook, event types and sub-event
 * types). PLOVER's verbal and cooperative types (CONSULT, SUPPORT, REQUEST, ACCUSE, AID, SANCTION...)
 * have no ACLED category, and neither have some modes of the others; those events are left out.
 *
 * <table>
 * <caption>The mapping</caption>
 * <tr><th>PLOVER</th><th>ACLED event type / sub-event type</th></tr>
 * <tr><td>ASSAULT aerial, drone</td><td>Explosions/Remote violence / Air/drone strike</td></tr>
 * <tr><td>ASSAULT heavy-weapons</td><td>Explosions/Remote violence / Shelling/artillery/missile attack</td></tr>
 * <tr><td>ASSAULT explosives</td><td>Explosions/Remote violence / Remote explosive/landmine/IED</td></tr>
 * <tr><td>ASSAULT suicide-attack</td><td>Explosions/Remote violence / Suicide bomb</td></tr>
 * <tr><td>ASSAULT unconventional</td><td>Explosions/Remote violence / Chemical weapon</td></tr>
 * <tr><td>ASSAULT sexual</td><td>Violence against civilians / Sexual violence</td></tr>
 * <tr><td>ASSAULT abduct</td><td>Violence against civilians / Abduction/forced disappearance</td></tr>
 * <tr><td>ASSAULT beat, targeted, torture</td><td>Violence against civilians / Attack</td></tr>
 * <tr><td>ASSAULT crowd-control</td><td>Protests / Excessive force against protesters</td></tr>
 * <tr><td>ASSAULT destroy</td><td>Strategic developments / Looting/property destruction</td></tr>
 * <tr><td>ASSAULT firearms, primitive, no mode</td><td>Battles / Armed clash</td></tr>
 * <tr><td>PROTEST riot, vandalize</td><td>Riots / Violent demonstration</td></tr>
 * <tr><td>PROTEST other modes, no mode</td><td>Protests / Peaceful protest</td></tr>
 * <tr><td>COERCE arrest</td><td>Strategic developments / Arrests</td></tr>
 * <tr><td>COERCE seize</td><td>Strategic developments / Looting/property destruction</td></tr>
 * <tr><td>COERCE martial-law, curfew</td><td>Strategic developments / Other</td></tr>
 * <tr><td>MOBILIZE any mode</td><td>Strategic developments / Change to group/activity</td></tr>
 * <tr><td>RETREAT disarm</td><td>Strategic developments / Change to group/activity</td></tr>
 * <tr><td>AGREE any mode, RETREAT ceasefire</td><td>Strategic developments / Agreement</td></tr>
 * <tr><td>RETREAT withdraw</td><td>Strategic developments / Non-violent transfer of territory</td></tr>
 * </table>
 *
 * <p>The disorder type follows from the event type as in ACLED: Battles, Explosions/Remote violence
 * and Violence against civilians are Political violence, Protests and Riots Demonstrations (Excessive
 * force against protesters both), Strategic developments its own. Immutable.
 *
 * @param disorder ACLED's disorder type
 * @param event    its event type
 * @param subEvent its sub-event type
 */
public record AcledCategory(String disorder, String event, String subEvent) {

    private static final String BATTLES = "Battles";
    private static final String REMOTE = "Explosions/Remote violence";
    private static final String CIVILIANS = "Violence against civilians";
    private static final String PROTESTS = "Protests";
    private static final String RIOTS = "Riots";
    private static final String STRATEGIC = "Strategic developments";

    private static final Map<String, AcledCategory> ASSAULT = Map.ofEntries(
            Map.entry("aerial", category(REMOTE, "Air/drone strike")), Map.entry("drone", category(REMOTE, "Air/drone strike")),
            Map.entry("heavy-weapons", category(REMOTE, "Shelling/artillery/missile attack")),
            Map.entry("explosives", category(REMOTE, "Remote explosive/landmine/IED")),
            Map.entry("suicide-attack", category(REMOTE, "Suicide bomb")),
            Map.entry("unconventional", category(REMOTE, "Chemical weapon")),
            Map.entry("sexual", category(CIVILIANS, "Sexual violence")),
            Map.entry("abduct", category(CIVILIANS, "Abduction/forced disappearance")),
            Map.entry("beat", category(CIVILIANS, "Attack")), Map.entry("targeted", category(CIVILIANS, "Attack")),
            Map.entry("torture", category(CIVILIANS, "Attack")),
            Map.entry("crowd-control", new AcledCategory("Political violence; Demonstrations", PROTESTS,
                    "Excessive force against protesters")),
            Map.entry("destroy", category(STRATEGIC, "Looting/property destruction")));
    private static final Map<String, AcledCategory> COERCE = Map.of(
            "arrest", category(STRATEGIC, "Arrests"), "seize", category(STRATEGIC, "Looting/property destruction"),
            "martial-law", category(STRATEGIC, "Other"), "curfew", category(STRATEGIC, "Other"));
    private static final Map<String, AcledCategory> RETREAT = Map.of(
            "ceasefire", category(STRATEGIC, "Agreement"), "withdraw", category(STRATEGIC, "Non-violent transfer of territory"),
            "disarm", category(STRATEGIC, "Change to group/activity"));

    /** ACLED's categories of an event of this PLOVER type (upper case) and mode, if ACLED codes such events. */
    public static Optional<AcledCategory> of(String plover, @Nullable String mode) {
        String m = mode == null ? "" : mode;
        return switch (plover) {
            case "ASSAULT" -> Optional.of(ASSAULT.getOrDefault(m, category(BATTLES, "Armed clash")));
            case "PROTEST" -> Optional.of(m.equals("riot") || m.equals("vandalize") ? category(RIOTS, "Violent demonstration")
                    : category(PROTESTS, "Peaceful protest"));
            case "COERCE" -> Optional.ofNullable(COERCE.get(m));
            case "MOBILIZE" -> Optional.of(category(STRATEGIC, "Change to group/activity"));
            case "AGREE" -> Optional.of(category(STRATEGIC, "Agreement"));
            case "RETREAT" -> Optional.ofNullable(RETREAT.get(m));
            default -> Optional.empty();
        };
    }

    private static AcledCategory category(String event, String subEvent) {
        String disorder = switch (event) {
            case PROTESTS, RIOTS -> "Demonstrations";
            case STRATEGIC -> STRATEGIC;
            default -> "Political violence";
        };
        return new AcledCategory(disorder, event, subEvent);
    }
}
