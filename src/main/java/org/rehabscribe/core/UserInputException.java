package org.rehabscribe.core;

/**
 * Bad input from the user (a missing, empty or malformed file). The command line prints the
 * message as one line and exits 1; it never shows a stack trace for these.
 */
public class UserInputException extends Exception {
    public UserInputException(String message) {
        super(message);
    }

    public UserInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
