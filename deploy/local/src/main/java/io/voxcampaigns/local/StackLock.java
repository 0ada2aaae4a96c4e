package io.voxcampaigns.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.StandardOpenOption;

/** One stack per checkout: a second one would fight over ports and data directories. */
final class StackLock {

    private final FileChannel channel;
    private final FileLock lock;

    private StackLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the checkout's lock file, or says which stack holds it. */
    static StackLock take(StackLayout layout) {
        FileChannel channel;
        FileLock lock;
        try {
            channel = FileChannel.open(layout.lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lock = channel.tryLock();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lock " + layout.lockFile(), e);
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new IllegalStateException("Another local stack is already running from " + layout.root()
                    + " (it holds " + layout.lockFile() + "). Stop it with Ctrl-C in its terminal.");
        }
        return new StackLock(channel, lock);
    }

    void release() {
        try {
            lock.release();
        } catch (IOException e) {
            // the JVM is exiting; the OS drops the lock anyway
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // the JVM is exiting; the OS drops the lock anyway
        }
    }
}
