package org.newsgraph.io.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.newsgraph.model.ActorRole;
import org.newsgraph.model.Event;

/** Events as an aligned table: type/mode, source → target, where, when, status, trigger. */
final class EventTable {

    private static final List<String> HEADER = List.of("TYPE", "SOURCE → TARGET", "WHERE", "WHEN", "STATUS", "TRIGGER");

    private EventTable() {
    }

    static String render(List<Event> events, Names names) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        events.forEach(event -> rows.add(row(event, names)));
        int[] widths = new int[HEADER.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int i = 0; i < row.size(); i++) {
                line.append(row.get(i)).append(" ".repeat(widths[i] - row.get(i).length() + 2));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    private static List<String> row(Event event, Names names) {
        String type = event.mode() == null ? event.type() : event.type() + "/" + event.mode();
        String where = event.location() == null ? "-" : names.entity(event.location());
        String when = event.time() == null ? "-"
                : Names.oneLine(event.time().span().text()) + " (" + event.time().value() + ")";
        return List.of(type, actors(event, names), where, when,
                event.status().name().toLowerCase(Locale.ROOT), "“" + Names.oneLine(event.trigger().text()) + "”");
    }

    /** "Kim Jong Un [PRK] → Russia [RUS]", "? → Russia", "US → ?"; other actors after a "+". */
    private static String actors(Event event, Names names) {
        String sources = actorsIn(event, ActorRole.SOURCE, names);
        String targets = actorsIn(event, ActorRole.TARGET, names);
        String others = actorsIn(event, ActorRole.OTHER, names);
        String pair = (sources.isEmpty() ? "?" : sources) + " → " + (targets.isEmpty() ? "?" : targets);
        return others.isEmpty() ? pair : pair + " + " + others;
    }

    /** "Kim Jong Un [PRK]": the actor's name, with the country code of the state it is or acts for. */
    private static String actorsIn(Event event, ActorRole role, Names names) {
        return event.actors().stream().filter(a -> a.role() == role)
                .map(a -> a.country() == null ? names.actor(a) : names.actor(a) + " [" + a.country() + "]")
                .distinct().collect(Collectors.joining(", "));
    }
}
