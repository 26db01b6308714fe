package org.newsgraph.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchReportTest {

    private static final long GIB = 1024L * 1024 * 1024;

    private static final Measurement NEWSGRAPH = new Measurement("newsgraph", 6.94, 3 * GIB / 2, List.of(
            new Run(1, 40, 0, 44_260, 20.0, 25.0, 2 * GIB),
            new Run(2, 40, 1, 43_000, 12.5, 26.0, 3 * GIB)));
    private static final Measurement CORENLP = new Measurement("corenlp", 24.1, 4 * GIB, List.of(
            new Run(1, 40, 0, 44_825, 200.0, 160.0, 5 * GIB),
            new Run(2, 40, 0, 44_825, 100.0, -1, 6 * GIB)));

    @Test
    void runLineShowsEveryFigureRounded() {
        assertThat(BenchReport.runLine("newsgraph", NEWSGRAPH.runs().get(0))).isEqualTo(
                "newsgraph  threads=1  docs=40  failures=0  tokens=44,260  20.0 s  2.0 docs/s  2,213 tokens/s  "
                        + "peak heap 2.0 GB  cpu 25.0 s");
    }

    @Test
    void unknownCpuTimeIsShownAsNotAvailable() {
        assertThat(BenchReport.runLine("corenlp", CORENLP.runs().get(1))).endsWith("peak heap 6.0 GB  cpu n/a");
    }

    @Test
    void loadLineShowsSecondsAndHeap() {
        assertThat(BenchReport.loadLine(NEWSGRAPH)).isEqualTo("newsgraph  model load 6.9 s  peak heap 1.5 GB");
    }

    @Test
    void ratiosCompareTheFirstAnalyserWithTheSecondPerThreadCount() {
        BenchReport report = new BenchReport("dir", 40, 3, 8 * GIB, 2, List.of(NEWSGRAPH, CORENLP));

        assertThat(report.ratios()).containsExactly(
                new BenchReport.Ratio(1, 10.0, 6.4),
                new BenchReport.Ratio(2, 8.0, -1));
        assertThat(report.ratioLines()).containsExactly(
                "speed newsgraph/corenlp  threads=1  10.00x  per cpu second 6.40x",
                "speed newsgraph/corenlp  threads=2  8.00x  per cpu second n/a");
    }

    @Test
    void oneAnalyserHasNoRatios() {
        BenchReport report = new BenchReport("dir", 40, 3, 8 * GIB, 2, List.of(NEWSGRAPH));

        assertThat(report.ratios()).isEmpty();
        assertThat(report.textLines()).containsExactly(
                "bench  docs=40  warm-up=3  -Xmx 8.0 GB  processors=2  dir=dir",
                "newsgraph  model load 6.9 s  peak heap 1.5 GB",
                BenchReport.runLine("newsgraph", NEWSGRAPH.runs().get(0)),
                BenchReport.runLine("newsgraph", NEWSGRAPH.runs().get(1)));
    }

    @Test
    void jsonHasTheRawFigures() {
        String json = new BenchReport("dir", 40, 3, 8 * GIB, 2, List.of(NEWSGRAPH, CORENLP)).toJson();

        assertThat(json).contains("\"tokens\" : 44260", "\"cpuSeconds\" : 25.0", "\"docsPerCpuSecond\" : 1.6",
                "\"peakHeapBytes\" : 2147483648", "\"ratio\" : 10.0", "\"cpuRatio\" : 6.4", "\"cpuRatio\" : -1.0");
    }
}
