package org.newsgraph.pipeline;

/** A stage failed on one document. The message names the stage and says why. */
public class StageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String stage;
    private final String docId;

    public StageException(String stage, String docId, String message, Throwable cause) {
        super(message, cause);
        this.stage = stage;
        this.docId = docId;
    }

    public StageException(String stage, String docId, String message) {
        this(stage, docId, message, null);
    }

    public String stage() {
        return stage;
    }

    public String docId() {
        return docId;
    }
}
