package org.newsgraph.io.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.newsgraph.model.Attribution;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Quantity;
import org.newsgraph.model.Role;
import org.newsgraph.model.Source;
import org.newsgraph.model.SourceKind;
import org.newsgraph.model.Timex;

/**
 * A readable terminal summary of one analysed document: a header, then entities grouped by type
 * with their roles and mention counts, attributions (source — cue — content [certainty]), events
 * as a table, quantities and dates. Empty sections say "none found". Lines end with {@code \n}.
 * Thread-safe.
 */
public final class TextSummary {

    static final String NONE = "  none found\n";

    private final Doc doc;
    private final Names names;
    private final StringBuilder out = new StringBuilder();

    private TextSummary(Doc doc) {
        this.doc = doc;
        this.names = new Names(doc);
    }

    public static String render(Doc doc) {
        return new TextSummary(Objects.requireNonNull(doc, "doc")).build();
    }

    private String build() {
        header();
        entities();
        attributions();
        section("EVENTS", doc.events().size());
        out.append(doc.events().isEmpty() ? NONE : EventTable.render(doc.events(), names));
        quantities();
        dates();
        return out.toString();
    }

    private void header() {
        out.append(doc.id()).append('\n');
        field("title", doc.article().title());
        field("published", doc.article().published());
        field("language", doc.language());
    }

    private void field(String label, @Nullable String value) {
        out.append(String.format(Locale.ROOT, "  %-10s %s", label, value == null ? "(unknown)" : value)).append('\n');
    }

    private void section(String title, int count) {
        out.append('\n').append(title).append(count == 0 ? "" : " (" + count + ")").append('\n');
    }

    private void entities() {
        section("ENTITIES", doc.entities().size());
        if (doc.entities().isEmpty()) {
            out.append(NONE);
            return;
        }
        Map<EntityType, List<Entity>> byType = new LinkedHashMap<>();
        for (EntityType type : EntityType.values()) {
            List<Entity> ofType = doc.entities().stream().filter(e -> e.type() == type).toList();
            if (!ofType.isEmpty()) {
                byType.put(type, ofType);
            }
        }
        byType.forEach((type, entities) -> {
            out.append("  ").append(type).append('\n');
            for (Entity entity : entities) {
                out.append("    ").append(entity.name());
                if (!entity.roles().isEmpty()) {
                    out.append(" — ").append(entity.roles().stream().map(this::role).collect(Collectors.joining("; ")));
                }
                int count = entity.mentions().size();
                out.append(" — ").append(count).append(count == 1 ? " mention" : " mentions").append('\n');
            }
        });
    }

    /** "spokesperson (Kremlin)". */
    private String role(Role role) {
        return role.of() == null ? role.title() : role.title() + " (" + names.entity(role.of()) + ")";
    }

    private void attributions() {
        section("ATTRIBUTIONS", doc.attributions().size());
        if (doc.attributions().isEmpty()) {
            out.append(NONE);
        }
        for (Attribution attribution : doc.attributions()) {
            out.append("  ").append(source(attribution.source()));
            if (attribution.cue() != null) {
                out.append(" — ").append(Names.oneLine(attribution.cue().text()));
            }
            out.append(" — ").append(shortened(Names.oneLine(attribution.content().text())));
            if (!attribution.chain().isEmpty()) {
                List<String> chain = new ArrayList<>();
                attribution.chain().forEach(s -> chain.add(source(s)));
                out.append(" (citing ").append(String.join(", ", chain)).append(')');
            }
            out.append(" [").append(attribution.certainty().name().toLowerCase(Locale.ROOT)).append("]\n");
        }
    }

    /**
     * "Dmitry Peskov (Kremlin spokesperson)", else the words that name the source, else its kind
     * ("(anonymous source)"), else "(no source)".
     */
    private String source(@Nullable Source source) {
        if (source == null) {
            return "(no source)";
        }
        if (source.entity() != null) {
            var entity = doc.findEntity(source.entity());
            if (entity.isPresent()) {
                return names.withRole(entity.get());
            }
        }
        if (source.span() != null) {
            return Names.oneLine(source.span().text());
        }
        return source.kind() == SourceKind.UNKNOWN ? "(no source)"
                : "(" + source.kind().name().toLowerCase(Locale.ROOT) + " source)";
    }

    private void quantities() {
        section("QUANTITIES", doc.quantities().size());
        if (doc.quantities().isEmpty()) {
            out.append(NONE);
        }
        for (Quantity quantity : doc.quantities()) {
            out.append("  ").append(Names.oneLine(quantity.span().text()))
                    .append(" = ").append(quantity.approximate() ? "~" : "").append(Names.number(quantity.value()));
            if (quantity.unit() != null) {
                out.append(' ').append(quantity.unit());
            }
            if (quantity.normalized() != null && !quantity.normalized().unit().equals(quantity.unit())) {
                out.append(" ≈ ").append(Names.number(quantity.normalized().value()))
                        .append(' ').append(quantity.normalized().unit());
            }
            if (quantity.about() != null) {
                out.append(" — about: ").append(names.entityOrPhrase(quantity.about()));
            }
            out.append('\n');
        }
    }

    private void dates() {
        section("DATES", doc.timexes().size());
        if (doc.timexes().isEmpty()) {
            out.append(NONE);
        }
        for (Timex timex : doc.timexes()) {
            out.append("  ").append(Names.oneLine(timex.span().text())).append(" → ").append(timex.value());
            if (!timex.type().equals("DATE")) {
                out.append(" (").append(timex.type().toLowerCase(Locale.ROOT)).append(')');
            }
            out.append('\n');
        }
    }

    /** Longest content shown in full; a credit for the whole article would fill the screen. */
    private static final int MAX_CONTENT_CHARS = 300;

    private static String shortened(String content) {
        if (content.length() <= MAX_CONTENT_CHARS) {
            return content;
        }
        int cut = content.lastIndexOf(' ', MAX_CONTENT_CHARS);
        return content.substring(0, cut > MAX_CONTENT_CHARS / 2 ? cut : MAX_CONTENT_CHARS) + " … ("
                + String.format(java.util.Locale.ROOT, "%,d", content.length()) + " characters)";
    }
}
