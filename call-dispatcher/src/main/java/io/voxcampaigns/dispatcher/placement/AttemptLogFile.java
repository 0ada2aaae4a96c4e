package io.voxcampaigns.dispatcher.placement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The simulated runtime's durable record: {@code open <unix ms>} each time a process opens it (calls of an earlier
 * process died with it), then one line per placement ({@code start}) and per end ({@code end}), each
 * {@code <kind> <attempt id> <campaign id> <task id> <call id> <unix ms>}. Every line is one write system call on
 * an append-only channel, nothing is buffered in the JVM, so the lines written before a kill -9 stay in the file.
 */
public final class AttemptLogFile implements AutoCloseable {

    public static final String START = "start";
    public static final String END = "end";
    public static final String OPEN = "open";

    private final FileChannel channel;

    private AttemptLogFile(FileChannel channel) {
        this.channel = channel;
    }

    /** Opens the file for appending (its open line says {@code openedAt}), creating it and its directory if absent. */
    public static AttemptLogFile open(Path path, Instant openedAt) {
        try {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            AttemptLogFile file = new AttemptLogFile(FileChannel.open(path, StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE, StandardOpenOption.APPEND));
            file.write(OPEN + ' ' + openedAt.toEpochMilli() + '\n');
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the attempt log " + path, e);
        }
    }

    /** The attempt ids the file records as placed (start lines), read before this process appends to it. */
    public static Set<UUID> placedAttempts(Path path) {
        if (!Files.exists(path)) {
            return Set.of();
        }
        try (Stream<String> lines = Files.lines(path, StandardCharsets.US_ASCII)) {
            return lines.map(line -> line.split(" ")).filter(parts -> parts.length == 6 && START.equals(parts[0]))
                    .map(parts -> UUID.fromString(parts[1])).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the attempt log " + path, e);
        }
    }

    public void started(PlacedCall call, Instant at) {
        append(START, call, at);
    }

    public void ended(PlacedCall call, Instant at) {
        append(END, call, at);
    }

    private void append(String kind, PlacedCall call, Instant at) {
        write(kind + ' ' + call.attemptId() + ' ' + call.campaignId() + ' ' + call.taskId() + ' ' + call.callId() + ' '
                + at.toEpochMilli() + '\n');
    }

    private void write(String line) {
        ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.US_ASCII));
        try {
            // one line per call, whole: appends from several threads must not interleave inside a line
            synchronized (channel) {
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot append to the attempt log", e);
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
