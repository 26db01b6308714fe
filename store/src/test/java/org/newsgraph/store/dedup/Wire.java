package org.newsgraph.store.dedup;

import org.newsgraph.model.Article;
import org.newsgraph.model.Doc;

/** Synthetic wire stories: an original, a light rewrite of it, and an unrelated story. */
final class Wire {

    static final String ORIGINAL = "The city council of Greenhaven voted on Tuesday to close the old river bridge "
            + "after engineers found deep cracks in two of its supporting piers. "
            + "The bridge, built in 1931, carries about 14,000 vehicles a day between the harbour district and the "
            + "northern suburbs. "
            + "Council members said the closure would last at least eight months while a repair plan is drawn up. "
            + "Buses will be diverted over the motorway crossing, adding roughly twenty minutes to each trip. "
            + "Local shop owners near the bridge warned that the closure could cost them a large share of their "
            + "customers during the summer season. "
            + "The regional transport agency promised to publish a detailed traffic plan before the end of the month. "
            + "Engineers first raised concerns about the piers after a routine inspection in March. "
            + "A public meeting on the closure is planned for next Thursday at the town hall.";

    /** The original with one sentence rewritten (the headline differs too). */
    static final String REWRITE = ORIGINAL.replace(
            "Buses will be diverted over the motorway crossing, adding roughly twenty minutes to each trip.",
            "Commuters should expect long delays, a spokesman for the bus company told reporters on Wednesday.");

    static final String UNRELATED = "Scientists at a polar research station have recorded the lowest winter "
            + "temperature in the station's forty-year history, minus 71 degrees Celsius. "
            + "The reading was taken by an automatic sensor late on Sunday and confirmed by a second instrument. "
            + "Researchers said the cold snap forced them to suspend outdoor work for three days. "
            + "Fuel supplies at the base are sufficient until the next supply flight in October, officials said.";

    private Wire() {
    }

    static Doc doc(String id, String title, String text) {
        return Doc.of(new Article(id, text, title, "2024-05-0" + id.charAt(id.length() - 1), null, "Wire"))
                .withLanguage("en");
    }
}
