package org.newsgraph.cli.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads node and relationship CSV files the way {@code neo4j-admin database import full} does with its
 * default options, as its manual documents them (Operations Manual, "Import" and "Import header
 * format", Neo4j 5): {@code --delimiter=,}, {@code --array-delimiter=;}, {@code --quote="},
 * {@code --multiline-fields=false}, {@code --legacy-style-quoting=false}, {@code --ignore-empty-strings=false}.
 *
 * <p>Header fields are {@code name:type}: {@code :ID} (optionally named, to keep the id as a property,
 * and with an id space {@code (Group)}), {@code :LABEL}, {@code :START_ID(Group)}, {@code :END_ID(Group)},
 * {@code :TYPE}, {@code :IGNORE}, or a property whose type is one of int, long, float, double, boolean,
 * byte, short, char, string, point, date, localtime, time, localdatetime, datetime, duration, an array
 * of one with {@code []}, string when no type is given. A line is one record (a line break inside a
 * quoted field is an error, as the tool refuses it by default; CR and LF both end a line and blank lines
 * are skipped); a quote opens a quoted field only as the field's first character, {@code ""} inside one
 * is a quote, and data after a closing quote is an error; an empty unquoted field sets no property;
 * labels and array values are split on {@code ;}. Numbers must parse, booleans are {@code true} or
 * {@code false}. A node id appears once per id space, and a relationship's ends must be nodes.
 * Any breach throws {@link IllegalArgumentException} naming the file, record and field.
 */
public final class Neo4jImport {

    private static final Pattern FIELD = Pattern.compile(
            "([^:]*)(?::(ID|START_ID|END_ID|LABEL|TYPE|IGNORE|int|long|float|double|boolean|byte|short|char|string"
                    + "|point|date|localtime|time|localdatetime|datetime|duration)(\\[])?(?:\\((\\w+)\\))?)?");
    private static final Set<String> KEYWORDS = Set.of("ID", "START_ID", "END_ID", "LABEL", "TYPE", "IGNORE");

    /** An imported node. */
    public record Node(String id, List<String> labels, Map<String, Object> properties) {
    }

    /** An imported relationship. */
    public record Relationship(String start, String type, String end, Map<String, Object> properties) {
    }

    /** One header field: its property name (empty if none), its kind or type, whether an array, its id space. */
    private record Field(String name, String type, boolean array, String group) {
    }

    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final List<Relationship> relationships = new ArrayList<>();

    public Map<String, Node> nodes() {
        return nodes;
    }

    public List<Relationship> relationships() {
        return relationships;
    }

    /** Imports a node file, as {@code --nodes=FILE}. */
    public Neo4jImport nodes(Path file) throws IOException {
        List<List<String>> rows = rows(file);
        List<Field> header = header(file, rows.get(0));
        require(count(header, "ID") == 1, file, 1, "a node file needs exactly one :ID field");
        for (int i = 1; i < rows.size(); i++) {
            String id = null;
            String group = "";
            List<String> labels = new ArrayList<>();
            Map<String, Object> properties = new LinkedHashMap<>();
            for (int f = 0; f < header.size(); f++) {
                Field field = header.get(f);
                String value = rows.get(i).get(f);
                switch (field.type()) {
                    case "ID" -> {
                        require(!value.isEmpty(), file, i + 1, "empty :ID");
                        id = value;
                        group = field.group();
                        if (!field.name().isEmpty()) {
                            properties.put(field.name(), value);
                        }
                    }
                    case "LABEL" -> labels.addAll(split(value));
                    default -> property(file, i + 1, field, value, properties);
                }
            }
            require(nodes.putIfAbsent(group + "/" + id, new Node(id, labels, properties)) == null, file, i + 1,
                    "duplicate node id " + id + " in id space " + group);
        }
        return this;
    }

    /** Imports a relationship file, as {@code --relationships=FILE}; its ends must already be imported nodes. */
    public Neo4jImport relationships(Path file) throws IOException {
        List<List<String>> rows = rows(file);
        List<Field> header = header(file, rows.get(0));
        for (String needed : List.of("START_ID", "END_ID", "TYPE")) {
            require(count(header, needed) == 1, file, 1, "a relationship file needs exactly one :" + needed);
        }
        for (int i = 1; i < rows.size(); i++) {
            String start = null;
            String end = null;
            String type = null;
            Map<String, Object> properties = new LinkedHashMap<>();
            for (int f = 0; f < header.size(); f++) {
                Field field = header.get(f);
                String value = rows.get(i).get(f);
                switch (field.type()) {
                    case "START_ID", "END_ID" -> {
                        require(nodes.containsKey(field.group() + "/" + value), file, i + 1,
                                ":" + field.type() + " " + value + " is no node of id space " + field.group());
                        if (field.type().equals("START_ID")) {
                            start = value;
                        } else {
                            end = value;
                        }
                    }
                    case "TYPE" -> {
                        require(!value.isEmpty(), file, i + 1, "empty :TYPE");
                        type = value;
                    }
                    default -> property(file, i + 1, field, value, properties);
                }
            }
            relationships.add(new Relationship(start, type, end, properties));
        }
        return this;
    }

    private static List<Field> header(Path file, List<String> row) {
        List<Field> fields = new ArrayList<>();
        Set<String> names = new java.util.HashSet<>();
        for (String text : row) {
            Matcher m = FIELD.matcher(text);
            require(m.matches(), file, 1, "header field '" + text + "' is not name:type");
            String type = m.group(2) == null ? "string" : m.group(2);
            boolean keyword = KEYWORDS.contains(type);
            require(m.group(4) == null || type.endsWith("ID"), file, 1, "an id space only on :ID fields: " + text);
            require(m.group(3) == null || !keyword, file, 1, "no array of " + type + ": " + text);
            require(keyword || !m.group(1).isEmpty(), file, 1, "a property needs a name: " + text);
            if (!m.group(1).isEmpty() && !type.equals("IGNORE")) {
                require(names.add(m.group(1)), file, 1, "the property " + m.group(1) + " twice");
            }
            fields.add(new Field(m.group(1), type, m.group(3) != null, m.group(4) == null ? "" : m.group(4)));
        }
        return fields;
    }

    private static void property(Path file, int line, Field field, String value, Map<String, Object> properties) {
        if (field.type().equals("IGNORE") || value.isEmpty()) {
            return;
        }
        if (field.array()) {
            properties.put(field.name(), split(value).stream().map(v -> convert(file, line, field, v)).toList());
        } else {
            properties.put(field.name(), convert(file, line, field, value));
        }
    }

    private static Object convert(Path file, int line, Field field, String value) {
        try {
            return switch (field.type().toLowerCase(Locale.ROOT)) {
                case "int", "short", "byte" -> Integer.parseInt(value);
                case "long" -> Long.parseLong(value);
                case "float", "double" -> Double.parseDouble(value);
                case "boolean" -> {
                    require(value.equals("true") || value.equals("false"), file, line,
                            field.name() + ": not a boolean: " + value);
                    yield Boolean.parseBoolean(value);
                }
                case "date" -> java.time.LocalDate.parse(value);
                default -> value;
            };
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(file + ":" + line + ": " + field.name() + ": not a " + field.type()
                    + ": " + value, e);
        }
    }

    private static List<String> split(String value) {
        return value.isEmpty() ? List.of() : Arrays.asList(value.split(";", -1));
    }

    private static long count(List<Field> header, String type) {
        return header.stream().filter(f -> f.type().equals(type)).count();
    }

    /** The records of the file, every one as wide as the header. */
    private static List<List<String>> rows(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<List<String>> rows = new ArrayList<>();
        for (String physical : text.split("[\r\n]", -1)) {
            if (!physical.isEmpty()) {
                rows.add(fields(file, rows.size() + 1, physical));
            }
        }
        require(!rows.isEmpty(), file, 1, "no header");
        int width = rows.get(0).size();
        for (int i = 0; i < rows.size(); i++) {
            require(rows.get(i).size() == width, file, i + 1, rows.get(i).size() + " fields, the header has " + width);
        }
        return rows;
    }

    private static List<String> fields(Path file, int line, String text) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (true) {
            if (i < text.length() && text.charAt(i) == '"') {
                i++;
                while (true) {
                    require(i < text.length(), file, line, "a quote opened and not closed on its line "
                            + "(a line break inside a field needs --multiline-fields=true)");
                    char c = text.charAt(i++);
                    if (c != '"') {
                        field.append(c);
                    } else if (i < text.length() && text.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        break;
                    }
                }
                require(i == text.length() || text.charAt(i) == ',', file, line, "data after a closing quote");
            } else {
                while (i < text.length() && text.charAt(i) != ',') {
                    field.append(text.charAt(i++));
                }
            }
            fields.add(field.toString());
            field.setLength(0);
            if (i == text.length()) {
                return fields;
            }
            i++;
        }
    }

    /** Fails naming the file and the record (1 is the header; blank lines are not counted). */
    private static void require(boolean ok, Path file, int record, String message) {
        if (!ok) {
            throw new IllegalArgumentException(file.getFileName() + " record " + record + ": " + message);
        }
    }

    /** The imported nodes by id, for assertions. */
    public Map<String, Node> byId() {
        Map<String, Node> byId = new HashMap<>();
        nodes.values().forEach(n -> byId.put(n.id(), n));
        return byId;
    }
}
