package org.newsgraph.io.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PageDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2019-10-17                         | 2019-10-17",
        "2019-10-17T10:00:00+02:00          | 2019-10-17T10:00:00+02:00",
        "2019-10-17T10:00:00+0200           | 2019-10-17T10:00:00+02:00",
        "2019-10-17T10:00:00.123Z           | 2019-10-17T10:00:00Z",
        "2019-10-17 10:00                   | 2019-10-17T10:00:00",
        "2019-10-17T08:30:00-05             | 2019-10-17T08:30:00-05:00",
        "20191017                           | 2019-10-17",
        "'Thu, 17 Oct 2019 10:00:00 GMT'    | 2019-10-17T10:00:00Z",
        "'October 17, 2019'                 | 2019-10-17",
        "'Oct. 17th, 2019, 10:02 AM'        | 2019-10-17",
        "17 October 2019                    | 2019-10-17",
        "17. Oktober 2019                   | 2019-10-17",
        "'17 de octubre de 2019'            | 2019-10-17",
        "17.10.2019                         | 2019-10-17",
        "Veröffentlicht am 3. März 2020     | 2020-03-03",
        "17/10/2019                         | 2019-10-17",
    })
    void normalisesToIso(String raw, String iso) {
        assertThat(PageDates.normalise(raw)).contains(iso);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "2019-13-45", "1850-01-01", "3019-01-01", "03/04/2019", "1571306400"})
    void refusesWhatIsNotAPlausibleDate(String raw) {
        assertThat(PageDates.normalise(raw)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://example.org/2019/10/17/storm-hits/          | 2019-10-17",
        "https://example.org/news/2019-10-17-storm-hits      | 2019-10-17",
        "https://example.org/2019/1/7/storm                  | 2019-01-07",
        "https://example.org/archive/20191017/storm.html     | 2019-10-17",
    })
    void findsDatesInUrlPaths(String url, String iso) {
        assertThat(PageDates.fromUrl(url)).contains(iso);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/2019/10/storm", "https://example.org/article/12345678",
        "https://2019.example.org/10/17", "https://example.org/p?id=20191017"})
    void noDateInOtherUrls(String url) {
        assertThat(PageDates.fromUrl(url)).isEqualTo(Optional.empty());
    }
}
