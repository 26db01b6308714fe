package org.newsgraph.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The build check that every test class runs: scans the test sources of every module listed in the
 * parent pom and fails when a class with tests ({@code @Test}, {@code @Property},
 * {@code @ParameterizedTest}, {@code @Example}, ...) or a concrete subclass of one matches none of
 * the Surefire {@code <include>} patterns declared in the parent pom. It lives in model, the first
 * module built, so a plain {@code ./mvnw verify} stops there.
 */
class TestClassNamesTest {

    private static final Pattern TEST_ANNOTATION = Pattern.compile(
            "@(?:org\\.junit\\.jupiter\\.api\\.|net\\.jqwik\\.api\\.|org\\.junit\\.jupiter\\.params\\.)?"
                    + "(Test|Property|ParameterizedTest|Example|RepeatedTest|TestFactory|TestTemplate)\\b");
    private static final Pattern INCLUDE = Pattern.compile("<include>\\s*([^<\\s]+)\\s*</include>");
    private static final Pattern MODULE = Pattern.compile("<module>\\s*([^<\\s]+)\\s*</module>");

    @Test
    void everyTestClassMatchesASurefireIncludePattern() throws IOException {
        Path root = projectRoot();
        String pom = Files.readString(root.resolve("pom.xml"), StandardCharsets.UTF_8);
        List<Pattern> includes = includePatterns(pom);
        assertThat(includes).as("surefire <include> patterns in " + root.resolve("pom.xml")).isNotEmpty();

        Map<String, String> sources = new HashMap<>();
        Matcher modules = MODULE.matcher(pom);
        while (modules.find()) {
            Path tests = root.resolve(modules.group(1)).resolve("src/test/java");
            if (Files.isDirectory(tests)) {
                try (Stream<Path> files = Files.walk(tests)) {
                    files.filter(f -> f.toString().endsWith(".java")).forEach(f -> sources.put(
                            root.relativize(f).toString(), read(f)));
                }
            }
        }
        assertThat(sources).as("test sources under " + root).isNotEmpty();
        assertThat(unrunClasses(sources, includes)).as("test classes that match no surefire <include> in the"
                + " parent pom (rename them to *Test, *Tests, Test*, *TestCase or *Properties)").isEmpty();
    }

    @Test
    void globsBecomeClassNamePatterns() {
        List<Pattern> p = includePatterns("<includes><include>**/*Test.java</include>"
                + "<include>**/Test*.java</include></includes>");
        assertThat(p).extracting(Pattern::pattern).containsExactly("\\Q\\E.*\\QTest\\E", "\\QTest\\E.*\\Q\\E");
        assertThat(matchesAny("EventTest", p)).isTrue();
        assertThat(matchesAny("TestH2", p)).isTrue();
        assertThat(matchesAny("EventProperties", p)).isFalse();
    }

    @Test
    void findsAnnotatedAndInheritingClassesButNotAbstractOrHelperOnes() {
        Map<String, String> sources = Map.of(
                "a/StoreContract.java", "abstract class StoreContract { @Test void a() {} }",
                "a/H2Store.java", "class H2Store extends StoreContract {}",
                "a/H2StoreTest.java", "class H2StoreTest extends StoreContract {}",
                "a/Blasting.java", "class Blasting { @Property(tries = 5) void b() {} }",
                "a/Fixtures.java", "final class Fixtures { static String x() { return \"@Test\"; } @TestInstance int y; }",
                "a/PlainTest.java", "class PlainTest { @org.junit.jupiter.api.Test void c() {} }");
        assertThat(unrunClasses(sources, includePatterns("<include>**/*Test.java</include>")))
                .containsExactly("a/Blasting.java", "a/H2Store.java");
    }

    /** Files of test classes that Surefire would not pick up, sorted. */
    static List<String> unrunClasses(Map<String, String> sources, List<Pattern> includes) {
        Map<String, String> byName = new HashMap<>();
        sources.forEach((file, source) -> byName.put(simpleName(file), file));
        List<String> unrun = new ArrayList<>();
        for (Map.Entry<String, String> e : sources.entrySet()) {
            String name = simpleName(e.getKey());
            String source = e.getValue();
            boolean isAbstract = Pattern.compile("\\babstract\\s+class\\s+" + name + "\\b").matcher(source).find();
            if (!isAbstract && hasTests(name, sources, byName, 0) && !matchesAny(name, includes)) {
                unrun.add(e.getKey());
            }
        }
        unrun.sort(null);
        return unrun;
    }

    private static boolean hasTests(String name, Map<String, String> sources, Map<String, String> byName, int depth) {
        String file = byName.get(name);
        if (file == null || depth > 10) {
            return false;
        }
        String source = sources.get(file);
        if (TEST_ANNOTATION.matcher(withoutStrings(source)).find()) {
            return true;
        }
        Matcher parent = Pattern.compile("\\bclass\\s+" + name + "\\b[^{]*?\\bextends\\s+([A-Za-z_$][\\w$]*)")
                .matcher(source);
        return parent.find() && hasTests(parent.group(1), sources, byName, depth + 1);
    }

    private static String withoutStrings(String source) {
        return source.replaceAll("\"(?:[^\"\\\\\\n]|\\\\.)*\"", "\"\"");
    }

    static List<Pattern> includePatterns(String pom) {
        List<Pattern> patterns = new ArrayList<>();
        Matcher m = INCLUDE.matcher(pom);
        while (m.find()) {
            String glob = m.group(1);
            String file = glob.substring(glob.lastIndexOf('/') + 1).replaceFirst("\\.java$", "");
            StringBuilder regex = new StringBuilder();
            String[] parts = file.split("\\*", -1);
            for (int i = 0; i < parts.length; i++) {
                regex.append(Pattern.quote(parts[i]));
                if (i < parts.length - 1) {
                    regex.append(".*");
                }
            }
            patterns.add(Pattern.compile(regex.toString()));
        }
        return patterns;
    }

    private static boolean matchesAny(String name, List<Pattern> includes) {
        return includes.stream().anyMatch(p -> p.matcher(name).matches());
    }

    private static String simpleName(String file) {
        String base = file.substring(file.lastIndexOf('/') + 1);
        return base.substring(0, base.length() - ".java".length());
    }

    private static String read(Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The directory of the parent pom: the first directory upwards whose pom.xml lists modules. */
    private static Path projectRoot() throws IOException {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path pom = dir.resolve("pom.xml");
            if (Files.isRegularFile(pom) && Files.readString(pom, StandardCharsets.UTF_8).contains("<modules>")) {
                return dir;
            }
        }
        throw new AssertionError("no parent pom.xml with <modules> above " + Path.of("").toAbsolutePath());
    }
}
