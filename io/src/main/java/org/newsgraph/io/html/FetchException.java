package org.newsgraph.io.html;

import java.io.IOException;

/**
 * A page could not be fetched. The message is for the user and says why: "HTTP 404 (not found)",
 * "not an HTML page (application/pdf)", "timed out after 30 s", "unknown host example.invalid"...
 * A host that the fetch policy refuses is an {@link AddressRefusedException}.
 */
public class FetchException extends IOException {

    private static final long serialVersionUID = 1L;

    public FetchException(String reason) {
        super(reason);
    }

    public FetchException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
