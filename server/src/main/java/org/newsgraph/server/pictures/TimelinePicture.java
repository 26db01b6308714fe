package org.newsgraph.server.pictures;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Element;

/**
 * Events per day by type, drawn as SVG stacked bars: one bar per day of the drawn period, one
 * coloured block per event type (as {@link Colours} has them, in legend order), a count axis on the
 * left, a date axis below and a legend of the types. Only events dated to the day can be placed;
 * the period drawn is the run of at most {@link #MAX_DAYS} days that holds the most of them (the
 * latest such run on a tie), so one stray date decades away does not squeeze the news into a
 * line. What is left out is counted in the description. Stateless.
 */
public final class TimelinePicture {

    /** The longest period drawn, in days. */
    public static final int MAX_DAYS = 92;
    static final double WIDTH = 960;
    static final double PLOT_LEFT = 40;
    static final double PLOT_TOP = 10;
    static final double PLOT_HEIGHT = 160;
    /** Room below the plot for the date labels. */
    private static final double AXIS = 34;
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);

    private TimelinePicture() {
    }

    /** An event to count: its date (ISO, possibly only a month or a year, or null) and its type. */
    public record Event(@Nullable String date, String type) {

        public Event {
            Objects.requireNonNull(type, "type");
        }
    }

    /** One day of the period drawn, and its events by type (legend order). */
    public record Day(LocalDate day, Map<String, Integer> byType) {

        public Day {
            byType = Collections.unmodifiableMap(new LinkedHashMap<>(byType));
        }

        /** All its events. */
        public int total() {
            return byType.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /**
     * The events counted per day.
     *
     * @param days    every day from the first to the last of the period drawn, empty days included
     * @param types   the event types drawn, in legend order
     * @param outside dated events left out: before or after the period
     * @param undated events without a day: no date, or only a month or a year
     */
    public record Counts(List<Day> days, List<String> types, int outside, int undated) {

        public Counts {
            days = List.copyOf(days);
            types = List.copyOf(types);
        }

        /** The events drawn. */
        public int drawn() {
            return days.stream().mapToInt(Day::total).sum();
        }
    }

    /** Counts the events per day over the period drawn. */
    public static Counts count(List<Event> events) {
        List<LocalDate> dated = new ArrayList<>();
        int undated = 0;
        for (Event event : events) {
            LocalDate day = day(event.date());
            if (day == null) {
                undated++;
            } else {
                dated.add(day);
            }
        }
        if (dated.isEmpty()) {
            return new Counts(List.of(), List.of(), 0, undated);
        }
        List<LocalDate> sorted = dated.stream().sorted().toList();
        // The window of MAX_DAYS days starting at some event day that holds the most events; the latest on a tie.
        int bestStart = 0;
        int bestCount = 0;
        int end = 0;
        for (int start = 0; start < sorted.size(); start++) {
            LocalDate last = sorted.get(start).plusDays(MAX_DAYS - 1);
            end = Math.max(end, start);
            while (end < sorted.size() && !sorted.get(end).isAfter(last)) {
                end++;
            }
            if (end - start >= bestCount) {
                bestCount = end - start;
                bestStart = start;
            }
        }
        LocalDate first = sorted.get(bestStart);
        LocalDate last = sorted.get(bestStart + bestCount - 1);
        Map<LocalDate, Map<String, Integer>> perDay = new TreeMap<>();
        List<String> typesSeen = new ArrayList<>();
        for (Event event : events) {
            LocalDate day = day(event.date());
            if (day != null && !day.isBefore(first) && !day.isAfter(last)) {
                perDay.computeIfAbsent(day, d -> new TreeMap<>()).merge(event.type(), 1, Integer::sum);
                typesSeen.add(event.type());
            }
        }
        List<String> types = Colours.inLegendOrder(typesSeen);
        List<Day> days = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            Map<String, Integer> counts = perDay.getOrDefault(day, Map.of());
            Map<String, Integer> ordered = new LinkedHashMap<>();
            types.stream().filter(counts::containsKey).forEach(t -> ordered.put(t, counts.get(t)));
            days.add(new Day(day, ordered));
        }
        return new Counts(days, types, dated.size() - bestCount, undated);
    }

    /**
     * Appends the picture of the counts to {@code parent} and returns its {@code <svg>}.
     *
     * @param id    the element id
     * @param title what the picture shows, for its {@code <title>}
     */
    public static Element append(Element parent, String id, String title, Counts counts) {
        double legend = Svg.legendHeight(counts.types().size(), WIDTH);
        double height = PLOT_TOP + PLOT_HEIGHT + AXIS + legend;
        Element svg = Svg.root(parent, id, WIDTH, height, title, description(counts));
        svg.addClass("timeline-picture");
        List<Day> days = counts.days();
        if (days.isEmpty()) {
            return svg;
        }
        int max = days.stream().mapToInt(Day::total).max().orElse(1);
        int step = step(max);
        int top = (max + step - 1) / step * step;
        double plotWidth = WIDTH - PLOT_LEFT - 10;
        double slot = plotWidth / days.size();
        double scale = PLOT_HEIGHT / top;
        double bottom = PLOT_TOP + PLOT_HEIGHT;

        Element axis = svg.appendElement("g").addClass("axis");
        for (int value = 0; value <= top; value += step) {
            double y = bottom - value * scale;
            axis.appendElement("line").attr("x1", Svg.number(PLOT_LEFT)).attr("x2", Svg.number(PLOT_LEFT + plotWidth))
                    .attr("y1", Svg.number(y)).attr("y2", Svg.number(y)).attr("stroke", value == 0 ? "#5b6472" : "#d8dde5");
            axis.appendElement("text").addClass("y-label").attr("x", Svg.number(PLOT_LEFT - 6))
                    .attr("y", Svg.number(y + 4)).attr("text-anchor", "end").attr("font-size", "11")
                    .text(Integer.toString(value));
        }
        int every = labelEvery(days.size());
        for (int i = 0; i < days.size(); i += every) {
            double x = PLOT_LEFT + (i + 0.5) * slot;
            axis.appendElement("line").attr("x1", Svg.number(x)).attr("x2", Svg.number(x))
                    .attr("y1", Svg.number(bottom)).attr("y2", Svg.number(bottom + 4)).attr("stroke", "#5b6472");
            axis.appendElement("text").addClass("x-label").attr("x", Svg.number(x)).attr("y", Svg.number(bottom + 17))
                    .attr("text-anchor", "middle").attr("font-size", "11")
                    .text(days.get(i).day().format(LABEL));
        }

        Element bars = svg.appendElement("g").addClass("bars");
        double barWidth = Math.max(1, slot * 0.8);
        for (int i = 0; i < days.size(); i++) {
            Day day = days.get(i);
            double y = bottom;
            for (Map.Entry<String, Integer> block : day.byType().entrySet()) {
                double h = block.getValue() * scale;
                y -= h;
                Element rect = bars.appendElement("rect").addClass("bar")
                        .attr("x", Svg.number(PLOT_LEFT + i * slot + (slot - barWidth) / 2)).attr("y", Svg.number(y))
                        .attr("width", Svg.number(barWidth)).attr("height", Svg.number(h))
                        .attr("fill", Colours.ofKind(block.getKey())).attr("data-day", day.day().toString())
                        .attr("data-type", block.getKey());
                rect.appendElement("title").text(day.day() + ": " + block.getValue() + " " + block.getKey());
            }
        }
        Svg.legend(svg, "legend-kinds", counts.types(), counts.types().stream().map(Colours::ofKind).toList(), false,
                PLOT_LEFT, bottom + AXIS - 6, WIDTH - PLOT_LEFT);
        return svg;
    }

    /** The day of an ISO date such as 2016-09-08; null for a month, a year, nothing or a malformed date. */
    static @Nullable LocalDate day(@Nullable String date) {
        if (date == null || date.length() != 10) {
            return null;
        }
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A step of 1, 2 or 5 times a power of ten that cuts {@code max} into at most five. */
    static int step(int max) {
        int step = 1;
        while (true) {
            for (int factor : new int[] {1, 2, 5}) {
                if (max <= 5L * step * factor) {
                    return step * factor;
                }
            }
            step *= 10;
        }
    }

    /** Every how many days a date is written: at most about ten labels. */
    static int labelEvery(int days) {
        for (int every : new int[] {1, 2, 7, 14, 28}) {
            if (days <= every * 10) {
                return every;
            }
        }
        return 28;
    }

    private static String description(Counts counts) {
        StringBuilder text = new StringBuilder();
        if (counts.days().isEmpty()) {
            text.append("No events dated to the day.");
        } else {
            Map<String, Integer> perType = new TreeMap<>();
            counts.days().forEach(d -> d.byType().forEach((t, n) -> perType.merge(t, n, Integer::sum)));
            LocalDate first = counts.days().get(0).day();
            LocalDate last = counts.days().get(counts.days().size() - 1).day();
            long active = counts.days().stream().filter(d -> d.total() > 0).count();
            text.append(counts.drawn()).append(counts.drawn() == 1 ? " event" : " events").append(" on ").append(active)
                    .append(active == 1 ? " day" : " days").append(" from ").append(first).append(" to ").append(last)
                    .append(" (").append(ChronoUnit.DAYS.between(first, last) + 1).append(" days): ")
                    .append(counts.types().stream().map(t -> perType.get(t) + " " + t).collect(Collectors.joining(", ")))
                    .append('.');
        }
        if (counts.outside() > 0) {
            text.append(' ').append(counts.outside()).append(" dated outside this period not drawn.");
        }
        if (counts.undated() > 0) {
            text.append(' ').append(counts.undated()).append(" without a day (undated, or only a month or year) not drawn.");
        }
        return text.toString();
    }
}
