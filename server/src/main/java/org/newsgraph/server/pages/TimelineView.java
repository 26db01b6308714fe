package org.newsgraph.server.pages;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import org.newsgraph.server.pictures.TimelinePicture;
import org.newsgraph.server.pictures.TimelinePicture.Counts;
import org.newsgraph.server.pictures.TimelinePicture.Day;

/**
 * Events per day by type on the actor and story pages: the picture, and the same counts as a table
 * of the days with events for readers without pictures. Stateless.
 */
final class TimelineView {

    private TimelineView() {
    }

    /** Appends the timeline of {@code events} under the element id {@code id}. */
    static void append(Element parent, String id, String title, List<TimelinePicture.Event> events) {
        Counts counts = TimelinePicture.count(events);
        if (counts.days().isEmpty()) {
            Page.none(parent, counts.undated() == 0 ? "No events." : "No event is dated to the day (" + counts.undated()
                    + " have no date, or only a month or a year).");
            return;
        }
        Element figure = parent.appendElement("figure").addClass("picture-frame");
        TimelinePicture.append(figure, id, title, counts);
        List<Day> active = counts.days().stream().filter(d -> d.total() > 0).toList();
        Element details = parent.appendElement("details").addClass("picture-data");
        details.appendElement("summary").text("The days as a table (" + active.size() + ")");
        Element rows = Page.table(details, id + "-days", "Day", "Events", "By type");
        for (Day day : active) {
            Element row = rows.appendElement("tr");
            Page.cell(row, day.day());
            Page.cell(row, day.total());
            Page.cell(row, day.byType().entrySet().stream().map(TimelineView::count).collect(Collectors.joining(", ")));
        }
    }

    private static String count(Map.Entry<String, Integer> type) {
        return type.getKey() + " " + type.getValue();
    }
}
