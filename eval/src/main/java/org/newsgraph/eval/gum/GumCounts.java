package org.newsgraph.eval.gum;

/**
 * What was compared: sizes of the gold and predicted sides, summed over documents.
 *
 * @param documents                documents scored
 * @param goldMentions             gold mentions
 * @param goldNamedMentions        gold mentions with a proper-noun head
 * @param goldChains               gold chains (entities), singletons included
 * @param goldNamedChains          gold chains with at least one named mention
 * @param predictedMentions        newsgraph mentions (distinct spans)
 * @param predictedNamedMentions   newsgraph mentions of kind NAME
 * @param predictedEntities        newsgraph entities
 * @param documentsWithoutEntities documents the analyser gave no ENTITIES facet; their predicted
 *                                 mentions were scored as singleton entities
 * @param documentsWithoutMentions documents the analyser gave no MENTIONS facet; their base named
 *                                 mentions were scored instead
 */
public record GumCounts(int documents, int goldMentions, int goldNamedMentions, int goldChains, int goldNamedChains,
        int predictedMentions, int predictedNamedMentions, int predictedEntities, int documentsWithoutEntities,
        int documentsWithoutMentions) {

    public static final GumCounts ZERO = new GumCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public GumCounts plus(GumCounts o) {
        return new GumCounts(documents + o.documents, goldMentions + o.goldMentions,
                goldNamedMentions + o.goldNamedMentions, goldChains + o.goldChains, goldNamedChains + o.goldNamedChains,
                predictedMentions + o.predictedMentions, predictedNamedMentions + o.predictedNamedMentions,
                predictedEntities + o.predictedEntities, documentsWithoutEntities + o.documentsWithoutEntities,
                documentsWithoutMentions + o.documentsWithoutMentions);
    }
}
