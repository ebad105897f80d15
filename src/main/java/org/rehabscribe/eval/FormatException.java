package org.rehabscribe.eval;

/**
 * A JSON document that does not have the shape of CONTRACT s.2 or s.3. The message names the
 * offending field as a path ({@code expected.interventions[1].minutes: not an integer}); the
 * corpus loader prefixes the file name.
 */
public final class FormatException extends RuntimeException {
    public FormatException(String message) {
        super(message);
    }
}
