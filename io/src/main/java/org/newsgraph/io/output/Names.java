package org.newsgraph.io.output;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.Role;

/** How the text summary names things: entities by canonical name, numbers without noise. */
final class Names {

    private final Doc doc;

    Names(Doc doc) {
        this.doc = doc;
    }

    /** The canonical name of entity {@code id}, or the id itself if there is no such entity. */
    String entity(String id) {
        return doc.findEntity(id).map(Entity::name).orElse(id);
    }

    /** An entity id's name, or the phrase itself if it is not an id. */
    String entityOrPhrase(String idOrPhrase) {
        return doc.findEntity(idOrPhrase).map(Entity::name).orElse(oneLine(idOrPhrase));
    }

    /** "Dmitry Peskov (Kremlin spokesperson)": the name and its first role. */
    String withRole(Entity entity) {
        if (entity.roles().isEmpty()) {
            return entity.name();
        }
        Role role = entity.roles().get(0);
        String title = role.of() == null ? role.title() : entity(role.of()) + " " + role.title();
        return entity.name() + " (" + title + ")";
    }

    /** An actor's entity name, else the words that name it. */
    String actor(EventActor actor) {
        return actor.entity() == null ? oneLine(actor.span().text()) : entity(actor.entity());
    }

    /** The text on one line: runs of whitespace become one space. */
    static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    /** 37, 59.5, 0.125, 1,500,000: at most one decimal from 10 up, three significant digits below. */
    static String number(double value) {
        BigDecimal rounded = Math.abs(value) >= 10
                ? BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP)
                : BigDecimal.valueOf(value).round(new java.math.MathContext(3, RoundingMode.HALF_UP));
        DecimalFormat format = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setMaximumFractionDigits(20);
        return format.format(rounded.stripTrailingZeros());
    }
}
