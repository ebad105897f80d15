package org.rehabscribe.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.rehabscribe.core.Transcript;
import org.rehabscribe.core.UserInputException;

/** Reads typed transcripts (UTF-8 text files or stdin), rejecting what is not one. */
public final class TranscriptFiles {
    /** Longest transcript accepted: a dictation, not a book (4 MB). */
    public static final int MAX_BYTES = 4 << 20;

    private TranscriptFiles() {}

    public static boolean isAudio(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".wav");
    }

    public static Transcript readText(Path file) throws UserInputException {
        if (!Files.exists(file)) {
            throw new UserInputException(file + ": no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new UserInputException(file + ": not a regular file");
        }
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new UserInputException(file + ": too large for a transcript (" + size + " bytes)");
            }
            return decode(file.toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UserInputException(file + ": cannot read (" + e.getMessage() + ")");
        }
    }

    public static Transcript readStdin(InputStream in) throws UserInputException {
        try {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new UserInputException("stdin: too large for a transcript");
            }
            return decode("stdin", bytes);
        } catch (IOException e) {
            throw new UserInputException("stdin: cannot read (" + e.getMessage() + ")");
        }
    }

    private static Transcript decode(String name, byte[] bytes) throws UserInputException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UserInputException(name + ": not a UTF-8 text transcript");
        }
        if (text.indexOf('\0') >= 0) {
            throw new UserInputException(name + ": binary data, not a text transcript");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new UserInputException(name + ": empty transcript");
        }
        return Transcript.ofText(text.strip());
    }
}
