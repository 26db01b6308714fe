package org.newsgraph.io.html;

/**
 * A fetch was refused because its host, or the host of a redirect, is not a public address and
 * {@link FetchOptions#privateAddresses()} does not allow it: "refused: 127.0.0.1 is a loopback
 * address". A caller with an option that allows such hosts names it after this message.
 */
public final class AddressRefusedException extends FetchException {

    private static final long serialVersionUID = 1L;

    /** What a command line that reports this exception adds: the option that allows such hosts. */
    public static final String ALLOW_HINT = " (--allow-private-fetch allows it)";

    public AddressRefusedException(String reason) {
        super(reason);
    }
}
