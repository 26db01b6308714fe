package org.newsgraph.pipeline.language;

import com.google.common.base.Optional;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Facet;
import org.newsgraph.pipeline.RejectedInputException;
import org.newsgraph.pipeline.Stage;

/**
 * Identifies the language of the text (optimaize language-detector, n-gram profiles of 70
 * languages) and rejects text that is not English: the models above it are English-only, and on
 * other languages they produce garbage. Text too short to tell is taken as English.
 *
 * <p>Thread-safe: the detector is read-only after construction.
 */
public final class LanguageGate implements Stage {

    /** Enough characters for a confident guess; the rest of a long article adds nothing. */
    private static final int SAMPLE_CHARS = 4000;
    private static final int MIN_LETTERS = 40;
    private static final double ENGLISH_SHARE = 0.15;
    private static final int SHORT_TEXT_LETTERS = 200;
    private static final double SHORT_ENGLISH_SHARE = 0.05;
    private static final Set<String> ENGLISH_FUNCTION_WORDS = Set.of("the", "of", "and", "to", "a", "in", "is",
            "that", "for", "it", "was", "on", "with", "he", "she", "as", "by", "at", "his", "her", "said", "from",
            "has", "have", "had", "are", "were", "be", "been", "this", "which", "will", "would", "not", "but",
            "they", "their", "who", "an", "after", "its", "or");

    private final LanguageDetector detector;
    private final TextObjectFactory textFactory = CommonTextObjectFactories.forDetectingOnLargeText();

    public LanguageGate() {
        try {
            detector = LanguageDetectorBuilder.create(NgramExtractors.standard())
                    .withProfiles(new LanguageProfileReader().readAllBuiltIn())
                    .minimalConfidence(0.9)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read language profiles", e);
        }
    }

    @Override
    public String name() {
        return "language";
    }

    @Override
    public Set<Facet> requires() {
        return Set.of();
    }

    @Override
    public Set<Facet> provides() {
        return Set.of(Facet.LANGUAGE);
    }

    @Override
    public Doc apply(Doc doc) {
        String language = detect(doc.text());
        if (!language.equals("en")) {
            throw new RejectedInputException("the text is in " + displayName(language) + " (" + language
                    + "); newsgraph analyses English only");
        }
        return doc.withLanguage(language);
    }

    /**
     * ISO 639-1 code of the text's language; "en" when the text is too short to tell (n-gram guesses
     * on a few words are noise: "said" looks Irish) or when English function words are frequent
     * enough that the text is English whatever the n-grams say (lists of foreign names).
     */
    public String detect(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        if (sample.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
            return "en";
        }
        Optional<LdLocale> found = detector.detect(textFactory.forText(sample));
        if (!found.isPresent() || found.get().getLanguage().equals("en")) {
            return "en";
        }
        // n-gram guesses on a short text are weak: there, only a text without English function words is foreign
        long letters = sample.codePoints().filter(Character::isLetter).count();
        double needed = letters < SHORT_TEXT_LETTERS ? SHORT_ENGLISH_SHARE : ENGLISH_SHARE;
        return englishFunctionWordShare(sample) >= needed ? "en" : found.get().getLanguage();
    }

    /** Share of the words that are among the commonest English function words. */
    static double englishFunctionWordShare(String text) {
        String[] words = text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}']+");
        int total = 0;
        int english = 0;
        for (String w : words) {
            if (!w.isEmpty()) {
                total++;
                if (ENGLISH_FUNCTION_WORDS.contains(w)) {
                    english++;
                }
            }
        }
        return total == 0 ? 0 : (double) english / total;
    }

    private static String displayName(String code) {
        String name = java.util.Locale.forLanguageTag(code).getDisplayLanguage(java.util.Locale.ENGLISH);
        return name.isEmpty() ? code : name;
    }
}
