package org.rehabscribe.extract;

/**
 * One word of a normalised dictation. {@code text} is lower-cased with spoken numbers
 * written as digits ("forty two" becomes "42"); {@code number} holds the value of numeric
 * tokens. {@code origStart}/{@code origEnd} locate the token in the transcript,
 * {@code start}/{@code end} in {@link NormalizedText#text()}.
 */
public record Token(String text, Double number, int origStart, int origEnd, int start, int end) {
    public boolean isNumber() {
        return number != null;
    }

    public boolean isPunct() {
        return !text.isEmpty() && !Character.isLetterOrDigit(text.charAt(0)) && text.length() <= 2;
    }
}
