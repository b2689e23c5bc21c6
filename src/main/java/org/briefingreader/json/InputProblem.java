package org.briefingreader.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A binding problem whose message is already a short sentence for users, e.g. {@code unknown kind 'foo'}.
 *
 * <p>Jackson adds the JSON path as the exception travels out ({@code sections[2].kind}); {@link JsonProblems}
 * prints that path in front of this message instead of rewording it.
 */
final class InputProblem extends JsonMappingException {
    private static final long serialVersionUID = 1L;

    InputProblem(JsonParser parser, String message) {
        super(parser, message);
    }
}
