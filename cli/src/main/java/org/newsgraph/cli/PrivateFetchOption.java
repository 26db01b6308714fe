package org.newsgraph.cli;

import org.newsgraph.io.html.FetchOptions;
import org.newsgraph.io.html.PageFetcher;
import org.newsgraph.io.input.InputReader;
import org.newsgraph.io.input.ReadOptions;
import picocli.CommandLine.Option;

/**
 * The {@code --allow-private-fetch} option of the commands that fetch URLs ({@code analyze},
 * {@code extract}, {@code ingest}, {@code watch}): without it a URL, a redirect or a feed item on a
 * loopback, private, link-local, multicast or otherwise non-public address is refused, with the
 * same {@link org.newsgraph.io.html.AddressPolicy} as {@code serve} applies.
 */
final class PrivateFetchOption {

    @Option(names = "--allow-private-fetch",
            description = "Fetch URLs on loopback, private, link-local and other non-public addresses too (refused by "
                    + "default, also when a redirect or a feed leads there).")
    boolean allowed;

    /** The fetch options: the defaults, allowing non-public hosts only with the option. */
    FetchOptions fetchOptions() {
        return FetchOptions.defaults().withPrivateAddresses(allowed);
    }

    /** A reader of {@code options} whose {@code -} is standard input and whose URLs are fetched under this option. */
    InputReader reader(ReadOptions options) {
        return new InputReader(options, () -> System.in, pages(options));
    }

    /** A page fetcher under this option, with the size limit of {@code options}. */
    PageFetcher pages(ReadOptions options) {
        return new PageFetcher(fetchOptions().withMaxBytes(options.maxBytes()));
    }
}
