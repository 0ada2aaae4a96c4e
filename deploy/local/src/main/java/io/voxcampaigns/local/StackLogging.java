package io.voxcampaigns.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Handler;

import org.jboss.logmanager.Level;
import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.Logger;
import org.jboss.logmanager.formatters.PatternFormatter;
import org.jboss.logmanager.handlers.ConsoleHandler;
import org.jboss.logmanager.handlers.FileHandler;

/** Sends the in-process Kafka and zonky logging (slf4j and JBoss logging, both in jboss-logmanager) to a file. */
final class StackLogging {

    private StackLogging() {
    }

    /** Only errors stay on the console: the developer reads it for the stack's own messages. */
    static void toFile(Path file) {
        try {
            Files.createDirectories(file.getParent());
            FileHandler fileHandler = new FileHandler(file.toString(), false);
            fileHandler.setFormatter(new PatternFormatter("%d{HH:mm:ss,SSS} %-5p [%c] %s%e%n"));
            fileHandler.setLevel(Level.INFO);
            ConsoleHandler console = new ConsoleHandler(ConsoleHandler.Target.SYSTEM_ERR,
                    new PatternFormatter("%-5p [%c] %s%e%n"));
            console.setLevel(Level.ERROR);

            Logger root = LogContext.getLogContext().getLogger("");
            // replaces Quarkus' start-up handler, which would otherwise queue every record for an app that never starts
            for (Handler handler : root.clearHandlers()) {
                handler.close();
            }
            root.addHandler(fileHandler);
            root.addHandler(console);
            root.setLevel(Level.INFO);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
