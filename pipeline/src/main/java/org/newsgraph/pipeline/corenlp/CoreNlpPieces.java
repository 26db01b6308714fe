package org.newsgraph.pipeline.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.pipeline.Cancellation;

/**
 * Cuts a text into pieces of bounded size for CoreNLP, whose costs grow faster than linearly with
 * the length of a sentence, a word or a document (its dependency parser ignores
 * {@code depparse.maxlen} in 4.5.10; its CRF features include every substring of a word):
 * <ul>
 *   <li>a run of at least {@link #MIN_LETTERLESS_RUN} characters without a letter or a digit (a page
 *       of punctuation, quotes, dashes, zero-width or other invisible characters, emoji) is not
 *       tokenised at all: it holds nothing to analyse, and CoreNLP's tokenizer, tagger and parser
 *       take time far beyond linear on such runs;</li>
 *   <li>the tokenizer gets the rest of the text in pieces of at most {@link #TEXT_PIECE_CHARS} characters, cut at
 *       a paragraph break where there is one (so an ordinary article is one piece);</li>
 *   <li>a sentence over {@link #MAX_SENTENCE_TOKENS} tokens (never a real sentence: a page of
 *       punctuation, a list without full stops) is cut into sentences of at most that many, at a
 *       comma or semicolon where there is one;</li>
 *   <li>a word over {@link #MAX_WORD_CHARS} characters is shown to the tagger and recogniser cut
 *       to that length (its offsets, and so its text in the document, are unchanged);</li>
 *   <li>sentences are analysed in chunks of about {@link #CHUNK_TOKENS} tokens, each a small
 *       {@code Annotation} of its own.</li>
 * </ul>
 * Stateless.
 */
final class CoreNlpPieces {

    static final int TEXT_PIECE_CHARS = 20_000;
    /** Also CoreNLP's {@code pos.maxlen}, so every sentence is tagged. */
    static final int MAX_SENTENCE_TOKENS = 400;
    static final int MAX_WORD_CHARS = 60;
    static final int CHUNK_TOKENS = 2_000;
    /** Longer than any rule line or ellipsis in an article, far shorter than a stall. */
    static final int MIN_LETTERLESS_RUN = 200;

    /** A stretch of the text, {@code [begin, end)}. */
    record Span(int begin, int end) {
    }

    private static final String SENTENCE_END = ".!?";
    private static final Set<String> CUT_AFTER = Set.of(",", ";", ":", "-", "--", "—", "–", "…", "...");

    private CoreNlpPieces() {
    }

    /**
     * Tokenises and splits {@code text} piece by piece with {@code splitter} (tokenize, ssplit),
     * checking for cancellation between pieces.
     *
     * @return the sentences as token lists, with offsets into {@code text}
     */
    static List<List<CoreLabel>> split(StanfordCoreNLP splitter, String text, boolean blankLinesOnly) {
        List<List<CoreLabel>> sentences = new ArrayList<>();
        for (Span span : wordySpans(text)) {
            splitSpan(splitter, text, span, blankLinesOnly, sentences);
        }
        return sentences;
    }

    private static void splitSpan(StanfordCoreNLP splitter, String text, Span span, boolean blankLinesOnly,
            List<List<CoreLabel>> sentences) {
        int from = span.begin();
        while (from < span.end()) {
            int to = pieceEnd(text, from, span.end(), blankLinesOnly);
            Annotation piece = new Annotation(text.substring(from, to));
            splitter.annotate(piece);
            for (CoreMap sentence : piece.get(CoreAnnotations.SentencesAnnotation.class)) {
                List<CoreLabel> tokens = new ArrayList<>(sentence.get(CoreAnnotations.TokensAnnotation.class));
                if (tokens.isEmpty()) {
                    continue;
                }
                if (from > 0) {
                    for (CoreLabel token : tokens) {
                        token.setBeginPosition(token.beginPosition() + from);
                        token.setEndPosition(token.endPosition() + from);
                    }
                }
                sentences.add(tokens);
            }
            from = to;
            Cancellation.check();
        }
    }

    /**
     * The text without its runs of {@link #MIN_LETTERLESS_RUN} or more characters that hold no
     * letter and no digit, in order; the whole text as one span if it has no such run. Linear.
     */
    static List<Span> wordySpans(String text) {
        List<Span> spans = new ArrayList<>();
        int spanStart = 0;
        int runStart = -1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (runStart >= 0 && i - runStart >= MIN_LETTERLESS_RUN) {
                    if (runStart > spanStart) {
                        spans.add(new Span(spanStart, runStart));
                    }
                    spanStart = i;
                }
                runStart = -1;
            } else if (runStart < 0) {
                runStart = i;
            }
            i += Character.charCount(c);
        }
        int end = runStart >= 0 && text.length() - runStart >= MIN_LETTERLESS_RUN ? runStart : text.length();
        if (end > spanStart) {
            spans.add(new Span(spanStart, end));
        }
        return spans;
    }

    /**
     * Where the piece starting at {@code from} ends: the whole rest if short enough, else after the
     * last paragraph break (a blank line, or with {@code blankLinesOnly} false any line end) in the
     * window's second half, else after its last space after a full stop, question or exclamation
     * mark, else after its last space, else at the window's end (never inside a surrogate pair).
     */
    static int pieceEnd(String text, int from, boolean blankLinesOnly) {
        return pieceEnd(text, from, text.length(), blankLinesOnly);
    }

    /** As {@link #pieceEnd(String, int, boolean)}, for the stretch of the text that ends at {@code end}. */
    static int pieceEnd(String text, int from, int end, boolean blankLinesOnly) {
        int limit = from + TEXT_PIECE_CHARS;
        if (limit >= end) {
            return end;
        }
        int half = from + TEXT_PIECE_CHARS / 2;
        int cut = blankLinesOnly ? text.lastIndexOf("\n\n", limit - 2) : text.lastIndexOf('\n', limit - 1);
        if (cut >= half) {
            return cut + (blankLinesOnly ? 2 : 1);
        }
        for (int i = limit - 1; i > half; i--) {
            if (Character.isWhitespace(text.charAt(i)) && SENTENCE_END.indexOf(text.charAt(i - 1)) >= 0) {
                return i + 1;
            }
        }
        for (int i = limit - 1; i >= half; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i + 1;
            }
        }
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
    }

    /** The sentences with every one over {@link #MAX_SENTENCE_TOKENS} tokens cut into shorter ones. */
    static List<List<CoreLabel>> capSentences(List<List<CoreLabel>> sentences) {
        List<List<CoreLabel>> result = new ArrayList<>(sentences.size());
        for (List<CoreLabel> sentence : sentences) {
            int from = 0;
            while (sentence.size() - from > MAX_SENTENCE_TOKENS) {
                int to = cutPoint(sentence, from);
                result.add(new ArrayList<>(sentence.subList(from, to)));
                from = to;
            }
            result.add(from == 0 ? sentence : new ArrayList<>(sentence.subList(from, sentence.size())));
        }
        return result;
    }

    /** After the last comma-like token in the second half of the window, else at its end. */
    private static int cutPoint(List<CoreLabel> sentence, int from) {
        int limit = from + MAX_SENTENCE_TOKENS;
        for (int i = limit - 1; i >= from + MAX_SENTENCE_TOKENS / 2; i--) {
            if (CUT_AFTER.contains(sentence.get(i).word())) {
                return i + 1;
            }
        }
        return limit;
    }

    /** Shows the models a long word cut to {@link #MAX_WORD_CHARS} characters. */
    static void capWords(List<List<CoreLabel>> sentences) {
        for (List<CoreLabel> sentence : sentences) {
            for (CoreLabel token : sentence) {
                String word = token.word();
                if (word != null && word.length() > MAX_WORD_CHARS) {
                    int end = Character.isHighSurrogate(word.charAt(MAX_WORD_CHARS - 1)) ? MAX_WORD_CHARS - 1 : MAX_WORD_CHARS;
                    token.setWord(word.substring(0, end));
                    token.setValue(word.substring(0, end));
                }
            }
        }
    }

    /** Consecutive runs of sentences of about {@link #CHUNK_TOKENS} tokens (at least one sentence each). */
    static List<List<List<CoreLabel>>> chunks(List<List<CoreLabel>> sentences) {
        return chunks(sentences, CHUNK_TOKENS);
    }

    /**
     * As {@link #chunks(List)}, but the first run of about {@code firstTokens} only: a short first chunk
     * soon tells the pace of a long text.
     */
    static List<List<List<CoreLabel>>> chunks(List<List<CoreLabel>> sentences, int firstTokens) {
        List<List<List<CoreLabel>>> chunks = new ArrayList<>();
        List<List<CoreLabel>> current = new ArrayList<>();
        int tokens = 0;
        for (List<CoreLabel> sentence : sentences) {
            if (!current.isEmpty() && tokens + sentence.size() > (chunks.isEmpty() ? firstTokens : CHUNK_TOKENS)) {
                chunks.add(current);
                current = new ArrayList<>();
                tokens = 0;
            }
            current.add(sentence);
            tokens += sentence.size();
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }

    /** The tokens of a chunk's sentences. */
    static long tokens(List<List<CoreLabel>> sentences) {
        long tokens = 0;
        for (List<CoreLabel> sentence : sentences) {
            tokens += sentence.size();
        }
        return tokens;
    }

    /**
     * A CoreNLP document of one chunk: its sentences (token indices, sentence indices and token
     * offsets counted within the chunk) over the whole text, whose character offsets they keep.
     */
    static Annotation annotationOf(String text, List<List<CoreLabel>> sentences) {
        Annotation chunk = new Annotation(text);
        List<CoreMap> result = new ArrayList<>(sentences.size());
        List<CoreLabel> all = new ArrayList<>();
        for (List<CoreLabel> tokens : sentences) {
            int begin = tokens.get(0).beginPosition();
            int end = tokens.get(tokens.size() - 1).endPosition();
            Annotation sentence = new Annotation(text.substring(begin, end));
            sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
            sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
            sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
            sentence.set(CoreAnnotations.TokenBeginAnnotation.class, all.size());
            sentence.set(CoreAnnotations.TokenEndAnnotation.class, all.size() + tokens.size());
            sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, result.size());
            for (int i = 0; i < tokens.size(); i++) {
                tokens.get(i).set(CoreAnnotations.SentenceIndexAnnotation.class, result.size());
                tokens.get(i).setIndex(i + 1);
            }
            all.addAll(tokens);
            result.add(sentence);
        }
        chunk.set(CoreAnnotations.TokensAnnotation.class, all);
        chunk.set(CoreAnnotations.SentencesAnnotation.class, result);
        return chunk;
    }
}
