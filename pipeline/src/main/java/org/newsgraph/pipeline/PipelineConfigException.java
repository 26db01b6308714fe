package org.newsgraph.pipeline;

/** A pipeline was assembled wrongly, e.g. a stage's requirement is provided by no earlier stage. */
public class PipelineConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PipelineConfigException(String message) {
        super(message);
    }
}
