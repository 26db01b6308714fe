package org.newsgraph.pipeline.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Short news sentences, written for this test, covering every PLOVER type and the usual ACLED-like
 * categories (protests, riots, armed clashes, remote violence, abductions, arrests, meetings,
 * agreements, aid, sanctions, troop movements). Published on Tuesday 2023-09-12; each line is the
 * complete list of events (see {@link SharedEvents#render}); more of them, written from PLOVER's codebook
 * for CONSULT, AGREE and disasters, are in {@code plover-codebook-sentences.tsv}.
 */
class NewsEventsTest {

    static Stream<Arguments> sentences() {
        return Stream.of(
                Arguments.of("Israel and Hamas agreed to a ceasefire on Tuesday.",
                        List.of("AGREE 035 \"agreed\": Israel [ISR]; Hamas -> ? #2023-09-12 occurred")),
                Arguments.of("The two countries signed a trade agreement in Geneva on Monday.",
                        List.of("AGREE 057 \"agreement\": The two countries -> ? @Geneva #2023-09-11 occurred")),
                Arguments.of("Chinese President Xi Jinping will visit Moscow next week.",
                        List.of("CONSULT/visit 042 \"visit\": Xi Jinping [CHN] -> Moscow #2023-W38 planned")),
                Arguments.of("Biden spoke by phone with Ukrainian President Volodymyr Zelensky on Sunday.",
                        List.of("CONSULT/phone 041 \"spoke\": Biden -> Volodymyr Zelensky [UKR] #2023-09-10 occurred")),
                Arguments.of("Delegations from Armenia and Azerbaijan held talks in Washington.",
                        List.of("CONSULT/meeting 040 \"talks\": Delegations from Armenia and Azerbaijan -> ? "
                                + "@Washington occurred")),
                Arguments.of("The European Union praised Kenya for its role in the peace process.",
                        List.of("SUPPORT 051 \"praised\": European Union [EU] -> Kenya [KEN] occurred")),
                Arguments.of("The government lifted the curfew in the capital on Friday.",
                        List.of("CONCEDE 081 \"lifted\": The government -> ? #2023-09-08 occurred")),
                Arguments.of("India and Japan will hold joint military exercises next month.",
                        List.of("COOPERATE 062 \"exercises\": India [IND]; Japan [JPN] -> ? #2023-10 planned")),
                Arguments.of("The United States sent humanitarian aid to Gaza on Thursday.",
                        List.of("AID 073 \"aid\": United States [USA] -> Gaza #2023-09-07 occurred")),
                Arguments.of("Russian troops withdrew from Kherson in November.",
                        List.of("RETREAT/withdraw 0874 \"withdrew\": Russian troops [RUS] -> Kherson #2023-11 occurred")),
                Arguments.of("The rebels released 20 hostages on Saturday.",
                        List.of("RETREAT/release 0841 \"released\": The rebels -> 20 hostages #2023-09-09 occurred")),
                Arguments.of("The United Nations called for an immediate ceasefire in Sudan.",
                        List.of("REQUEST/yield 1056 \"called\": United Nations -> ? occurred")),
                Arguments.of("Ukraine urged Germany to send more tanks.",
                        List.of("REQUEST/assist 103 \"urged\": Ukraine [UKR] -> Germany [DEU] occurred")),
                Arguments.of("China accused the United States of spying.",
                        List.of("ACCUSE/allege 112 \"accused\": China [CHN] -> United States [USA] occurred")),
                Arguments.of("Egypt criticised Israel's military operation in Rafah.",
                        List.of("ACCUSE/disapprove 111 \"criticised\": Egypt [EGY] -> Israel [ISR] @Rafah occurred")),
                Arguments.of("The Kremlin rejected calls for a ceasefire.",
                        List.of("REJECT/yield 1246 \"rejected\": Kremlin [RUS] -> ? occurred")),
                Arguments.of("North Korea threatened to attack South Korea if the drills continue.",
                        List.of("THREATEN/violence 138 \"threatened\": North Korea [PRK] -> South Korea [KOR] occurred")),
                Arguments.of("Thousands of people protested in Paris on Saturday against the pension reform.",
                        List.of("PROTEST/demo 141 \"protested\": Thousands of people -> ? @Paris #2023-09-09 occurred")),
                Arguments.of("Workers at the Ford plant went on strike on Monday.",
                        List.of("PROTEST/strike 143 \"strike\": Workers -> ? #2023-09-11 occurred")),
                Arguments.of("Opposition supporters rioted in the capital after the election results were announced.",
                        List.of("PROTEST/riot 145 \"rioted\": Opposition supporters -> ? occurred")),
                Arguments.of("The European Union imposed new sanctions on Russia on Friday.",
                        List.of("SANCTION/discontinue 163 \"sanctions\": European Union [EU] -> Russia [RUS] "
                                + "#2023-09-08 occurred")),
                Arguments.of("Poland expelled two Russian diplomats.",
                        List.of("SANCTION/expel 166 \"expelled\": Poland [POL] -> two Russian diplomats [RUS] occurred")),
                Arguments.of("The Pentagon deployed two aircraft carriers to the eastern Mediterranean.",
                        List.of("MOBILIZE/weapons 150 \"deployed\": Pentagon [USA] -> ? @Mediterranean occurred")),
                Arguments.of("Police arrested 30 protesters in Istanbul on Sunday.",
                        List.of("COERCE/arrest 173 \"arrested\": Police -> 30 protesters @Istanbul #2023-09-10 occurred")),
                Arguments.of("Rebels seized control of the town of Goma after heavy fighting with government troops.",
                        List.of("COERCE/seize 171 \"seized\": Rebels -> the town of Goma occurred",
                                "ASSAULT 190 \"fighting\": ? -> government troops occurred")),
                Arguments.of("Protesters clashed with police in Nairobi.",
                        List.of("ASSAULT 190 \"clashed\": Protesters -> police @Nairobi occurred")),
                Arguments.of("Security forces fired tear gas at demonstrators in Khartoum.",
                        List.of("ASSAULT/crowd-control 175 \"fired\": Security forces -> demonstrators @Khartoum occurred")),
                Arguments.of("Turkish warplanes bombed Kurdish positions in northern Iraq.",
                        List.of("ASSAULT/aerial 195 \"bombed\": Turkish [TUR] -> Kurdish positions @Iraq occurred")),
                Arguments.of("Gunmen killed 12 villagers in an attack in northern Nigeria on Tuesday.",
                        List.of("ASSAULT 180 \"killed\": Gunmen -> 12 villagers @Nigeria #2023-09-12 occurred")),
                Arguments.of("Militants kidnapped five aid workers in Mali.",
                        List.of("ASSAULT/abduct 181 \"kidnapped\": Militants -> five aid workers @Mali occurred")),
                Arguments.of("A car bomb exploded near a police station in Mogadishu, killing at least five people.",
                        List.of("ASSAULT/explosives 183 \"exploded\": ? -> at least five people @Mogadishu occurred")),
                Arguments.of("Kenyan police used tear gas to disperse protesters in Nairobi.",
                        List.of("ASSAULT/crowd-control 175 \"gas\": Kenyan police [KEN] -> ? occurred",
                                "COERCE/restrict 172 \"disperse\": ? -> protesters @Nairobi occurred")),
                Arguments.of("Colombia's government and the ELN signed a ceasefire agreement in Havana.",
                        List.of("AGREE 035 \"agreement\": Colombia's government [COL]; ELN -> ? @Havana occurred")),
                Arguments.of("Fighting broke out between the army and rebels in eastern Congo.",
                        List.of("ASSAULT 190 \"Fighting\": the army; rebels -> ? @Congo occurred")),
                Arguments.of("Serbia puts army on high alert",
                        List.of("MOBILIZE/troops 152 \"puts\": Serbia [SRB] -> ? occurred")),
                Arguments.of("Ukraine asks allies for more air defence",
                        List.of("REQUEST/assist 1032 \"asks\": Ukraine [UKR] -> allies occurred")),
                Arguments.of("Russia and Ukraine exchanged 100 prisoners of war on Friday.",
                        List.of("RETREAT/release 0841 \"exchanged\": Russia [RUS]; Ukraine [UKR] -> 100 prisoners of war "
                                + "#2023-09-08 occurred")),
                // hosts, agreements reached between parties, territory handed over
                Arguments.of("President Macron received the Italian prime minister on Monday.",
                        List.of("CONSULT/host 043 \"received\": Macron -> the Italian prime minister [ITA] #2023-09-11 occurred")),
                Arguments.of("The emir welcomed the French president to Doha on Sunday.",
                        List.of("CONSULT/host 043 \"welcomed\": The emir -> the French president [FRA] #2023-09-10 occurred")),
                Arguments.of("Ethiopian and Sudanese army chiefs convened in Addis Ababa.",
                        List.of("CONSULT/meeting 040 \"convened\": Ethiopian and Sudanese army chiefs [ETH] -> ? @Addis Ababa occurred")),
                Arguments.of("Israel and Hamas reached a truce after eleven days of fighting.",
                        List.of("AGREE 035 \"reached\": Israel [ISR]; Hamas -> ? occurred", "ASSAULT 190 \"fighting\": ? -> ? occurred")),
                Arguments.of("Colombia and the ELN guerrillas extended their ceasefire by six months.",
                        List.of("AGREE 035 \"extended\": Colombia [COL]; the ELN guerrillas -> ? occurred")),
                Arguments.of("The army announced a unilateral ceasefire.",
                        List.of("RETREAT/ceasefire 0871 \"ceasefire\": The army -> ? occurred (a1)")),
                Arguments.of("Government forces handed over Kidal to the rebels.",
                        List.of("CONCEDE 080 \"handed\": Government forces -> Kidal; the rebels occurred")),
                Arguments.of("The rebels handed over 12 prisoners to the Red Cross.",
                        List.of("RETREAT/release 0841 \"handed\": The rebels -> 12 prisoners; Red Cross occurred")),
                Arguments.of("The junta ceded control of the airport to the peacekeepers.",
                        List.of("CONCEDE 080 \"ceded\": The junta -> ? occurred")),
                // the source of a nominal event: possessive, "by", or who ordered it
                Arguments.of("Russia's invasion of Ukraine began in February 2022.",
                        List.of("ASSAULT 190 \"invasion\": Russia [RUS] -> Ukraine [UKR] #2022-02 occurred")),
                Arguments.of("The invasion of Ukraine by Russia began in February 2022.",
                        List.of("ASSAULT 190 \"invasion\": Russia [RUS] -> Ukraine [UKR] #2022-02 occurred")),
                Arguments.of("Putin ordered an invasion of Ukraine.",
                        List.of("ASSAULT 190 \"invasion\": Putin -> Ukraine [UKR] occurred")),
                Arguments.of("The rebels planned an attack on the base.",
                        List.of("ASSAULT 190 \"attack\": The rebels -> base planned (a1)")),
                Arguments.of("The opposition refused talks with the government.",
                        List.of("REJECT/meet 125 \"refused\": The opposition -> ? occurred")),
                // disasters are no PLOVER event, whatever verb they take
                Arguments.of("A powerful earthquake struck eastern Turkey on Wednesday.", List.of()),
                Arguments.of("Floods killed 30 people in Pakistan.", List.of()),
                Arguments.of("Five people were killed in a bus crash in Peru.", List.of()),
                Arguments.of("A gas explosion destroyed three houses in Lagos.", List.of()),
                Arguments.of("Two people died when a storm hit the coast.", List.of()),
                Arguments.of("A powerful earthquake struck the north of the country, killing 40 people.", List.of()),
                Arguments.of("A bus crashed into a ravine, killing twelve passengers.", List.of()));
    }

    /** The sentences of {@code plover-codebook-sentences.tsv}: a sentence, then its events, TAB-separated. */
    static Stream<Arguments> codebookSentences() throws IOException {
        try (InputStream in = NewsEventsTest.class.getResourceAsStream("plover-codebook-sentences.tsv")) {
            String text = new String(Objects.requireNonNull(in, "plover-codebook-sentences.tsv").readAllBytes(),
                    StandardCharsets.UTF_8);
            return text.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> line.split("\t"))
                    .map(fields -> Arguments.of(fields[0], List.of(fields).subList(1, fields.length))).toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource({"sentences", "codebookSentences"})
    void extractsTheEventsOfANewsSentence(String text, List<String> expected) {
        assertThat(SharedEvents.events(text)).as(text).containsExactlyElementsOf(expected);
    }
}
