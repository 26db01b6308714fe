package org.newsgraph.server.pictures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.newsgraph.server.pictures.TimelinePicture.Counts;
import org.newsgraph.server.pictures.TimelinePicture.Day;
import org.newsgraph.server.pictures.TimelinePicture.Event;

class TimelinePictureTest {

    private static final List<Event> EVENTS = List.of(new Event("2016-09-08", "ACCUSE"), new Event("2016-09-08", "AGREE"),
            new Event("2016-09-10", "ACCUSE"), new Event("2016-09", "ACCUSE"), new Event(null, "AGREE"),
            new Event("1942-09-08", "ASSAULT"));

    private static Element svg(List<Event> events) {
        Document page = Document.createShell("");
        TimelinePicture.append(page.body(), "tl", "Events per day", TimelinePicture.count(events));
        return Jsoup.parse(page.body().html()).selectFirst("svg#tl");
    }

    private static List<Event> on(String date, String type, int times) {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            events.add(new Event(date, type));
        }
        return events;
    }

    @Test
    void eventsAreCountedPerDayAndTypeWithEmptyDaysBetween() {
        Counts counts = TimelinePicture.count(EVENTS);

        assertThat(counts.days()).containsExactly(
                new Day(LocalDate.of(2016, 9, 8), Map.of("AGREE", 1, "ACCUSE", 1)),
                new Day(LocalDate.of(2016, 9, 9), Map.of()),
                new Day(LocalDate.of(2016, 9, 10), Map.of("ACCUSE", 1)));
        assertThat(counts.days().get(0).byType().keySet()).containsExactly("AGREE", "ACCUSE");
        assertThat(counts.types()).containsExactly("AGREE", "ACCUSE");
        assertThat(counts.outside()).isEqualTo(1);
        assertThat(counts.undated()).isEqualTo(2);
        assertThat(counts.drawn()).isEqualTo(3);
    }

    @Test
    void theBusiestPeriodIsDrawnAndTheLatestOnATie() {
        List<Event> events = new ArrayList<>(on("2016-01-01", "AGREE", 3));
        for (int day = 1; day <= 5; day++) {
            events.add(new Event("2016-06-0" + day, "ACCUSE"));
        }
        events.add(new Event("2017-01-01", "AGREE"));
        List<Event> tie = new ArrayList<>(on("2016-01-01", "AGREE", 2));
        tie.addAll(on("2016-06-01", "AGREE", 2));

        Counts busiest = TimelinePicture.count(events);
        Counts latest = TimelinePicture.count(tie);

        assertThat(busiest.days()).extracting(Day::day).first().isEqualTo(LocalDate.of(2016, 6, 1));
        assertThat(busiest.days()).extracting(Day::day).last().isEqualTo(LocalDate.of(2016, 6, 5));
        assertThat(busiest.outside()).isEqualTo(4);
        assertThat(latest.days()).extracting(Day::day).containsExactly(LocalDate.of(2016, 6, 1));
        assertThat(latest.outside()).isEqualTo(2);
    }

    @Test
    void eachTypeOfADayIsABlockStackedOnTheOthers() {
        Element svg = svg(EVENTS);

        assertThat(svg.select("rect.bar")).hasSize(3);
        assertThat(svg.select("rect.bar").eachAttr("data-type")).containsExactly("AGREE", "ACCUSE", "ACCUSE");
        assertThat(svg.select("rect.bar").eachAttr("fill")).containsExactly("#2e86c1", "#e67e22", "#e67e22");
        // Two events at most on a day: 80 pixels each; the first day's AGREE block is at the bottom.
        assertThat(svg.select("rect.bar").eachAttr("y")).containsExactly("90", "10", "90");
        assertThat(svg.select("rect.bar").eachAttr("height")).containsExactly("80", "80", "80");
        assertThat(svg.select("rect.bar").eachAttr("x")).containsExactly("70.3", "70.3", "677");
        assertThat(svg.select("rect.bar > title").eachText())
                .containsExactly("2016-09-08: 1 AGREE", "2016-09-08: 1 ACCUSE", "2016-09-10: 1 ACCUSE");
    }

    @Test
    void theAxesNameCountsAndDatesAndTheLegendTheTypes() {
        Element svg = svg(EVENTS);

        assertThat(svg.select(".axis text.y-label").eachText()).containsExactly("0", "1", "2");
        assertThat(svg.select(".axis text.x-label").eachText()).containsExactly("Sep 8", "Sep 9", "Sep 10");
        assertThat(svg.select(".legend-kinds text").eachText()).containsExactly("AGREE", "ACCUSE");
        assertThat(svg.selectFirst("title").text()).isEqualTo("Events per day");
        assertThat(svg.selectFirst("desc").text()).isEqualTo("3 events on 2 days from 2016-09-08 to 2016-09-10 (3 days):"
                + " 1 AGREE, 2 ACCUSE. 1 dated outside this period not drawn."
                + " 2 without a day (undated, or only a month or year) not drawn.");
        assertThat(svg.attr("viewBox")).isEqualTo("0 0 960 224");
        assertThat(svg.getAllElements()).allSatisfy(e -> assertThat(e.hasAttr("style")).isFalse());
    }

    @Test
    void withoutDaysThePictureOnlySaysSo() {
        Element svg = svg(List.of(new Event("2016", "AGREE")));

        assertThat(svg.select("rect, line")).isEmpty();
        assertThat(svg.selectFirst("desc").text())
                .isEqualTo("No events dated to the day. 1 without a day (undated, or only a month or year) not drawn.");
    }

    @Test
    void axisStepsAndLabelSpacingStayReadable() {
        assertThat(List.of(1, 5, 6, 11, 26, 85)).extracting(TimelinePicture::step).containsExactly(1, 1, 2, 5, 10, 20);
        assertThat(List.of(3, 10, 11, 70, 92)).extracting(TimelinePicture::labelEvery).containsExactly(1, 1, 2, 7, 14);
        assertThat(TimelinePicture.day("2016-02-30")).isNull();
        assertThat(TimelinePicture.day("2016-02")).isNull();
    }
}
