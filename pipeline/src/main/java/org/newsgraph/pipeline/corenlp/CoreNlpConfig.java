package org.newsgraph.pipeline.corenlp;

import java.util.List;

/**
 * How CoreNLP is run.
 *
 * @param nerModels         CRF models for named entities, applied in order (first one wins on a token)
 * @param fineGrainedNer    whether to run CoreNLP's fine-grained NER (TITLE, CITY, CRIMINAL_CHARGE...).
 *                          Slow, and newsgraph's own lexicons do that job
 * @param sutime            whether to recognise and resolve temporal expressions with SUTime
 * @param maxSentenceTokens sentences longer than this are not parsed (their words are still tagged)
 */
public record CoreNlpConfig(List<String> nerModels, boolean fineGrainedNer, boolean sutime, int maxSentenceTokens) {

    /** The CoNLL 4-class model: PERSON, ORGANIZATION, LOCATION, MISC. */
    public static final String CONLL_4CLASS = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";
    /** The 3-class model trained on more data (CoNLL, MUC, ACE...). */
    public static final String ALL_3CLASS = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
    /** The 7-class MUC model. */
    public static final String MUC_7CLASS = "edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz";

    public CoreNlpConfig {
        nerModels = List.copyOf(nerModels);
        if (nerModels.isEmpty()) {
            throw new IllegalArgumentException("at least one NER model is needed");
        }
        if (maxSentenceTokens < 10) {
            throw new IllegalArgumentException("maxSentenceTokens must be at least 10: " + maxSentenceTokens);
        }
    }

    /** The default: one 3-class CRF, SUTime, no fine-grained NER. */
    public static CoreNlpConfig fast() {
        return new CoreNlpConfig(List.of(ALL_3CLASS), false, true, 150);
    }

    /** CoreNLP's own default NER (three CRFs and fine-grained labels): slower, for comparison. */
    public static CoreNlpConfig accurate() {
        return new CoreNlpConfig(List.of(ALL_3CLASS, MUC_7CLASS, CONLL_4CLASS), true, true, 150);
    }
}
