package org.rehabscribe.batch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.rehabscribe.core.UserInputException;

/**
 * Keeps two runs from writing into the same output folder at once (the second would delete the
 * first one's temporary files as stale). An operating-system lock on {@code OUT/.scribe-batch.lock}:
 * it ends with the process however the process ends, so a killed run never blocks the next one.
 * The file is removed when the run closes the lock.
 */
final class OutputLock implements AutoCloseable {
    static final String NAME = ".scribe-batch.lock";

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    static OutputLock acquire(Path outRoot) throws UserInputException, IOException {
        Path file = outRoot.resolve(NAME);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // this JVM already runs a batch into the same folder
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            throw new UserInputException(outRoot + ": another batch run is writing to this folder");
        }
        return new OutputLock(file, channel, lock);
    }

    @Override
    public void close() throws IOException {
        try {
            Files.deleteIfExists(file);
            lock.release();
        } finally {
            channel.close();
        }
    }
}
