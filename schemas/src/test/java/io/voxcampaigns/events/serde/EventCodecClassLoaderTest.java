package io.voxcampaigns.events.serde;

import static org.assertj.core.api.Assertions.assertThat;

import io.voxcampaigns.events.EventFixtures;
import io.voxcampaigns.events.agent.AgentCreated;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.avro.data.TimeConversions;
import org.apache.avro.specific.SpecificData;
import org.junit.jupiter.api.Test;

/** Decoding must use the record class's own loader, never the thread context loader (see {@link SpecificModels}). */
class EventCodecClassLoaderTest {

    @Test
    void modelUsesTheRecordClassLoaderAndKeepsItsConversions() {
        SpecificData model = SpecificModels.forClass(AgentCreated.class);

        assertThat(model.getClassLoader()).isSameAs(AgentCreated.class.getClassLoader());
        assertThat(model.getConversionByClass(Instant.class))
                .isInstanceOf(TimeConversions.TimestampMillisConversion.class);
    }

    @Test
    void decodesOnAThreadWhoseContextLoaderSeesNoEventClasses() throws Exception {
        byte[] bytes = EventCodec.encode(EventFixtures.agentCreated());

        try (URLClassLoader throwaway = new URLClassLoader(new URL[0], null)) {
            Object decoded = onThreadWithContextLoader(throwaway, () -> EventCodec.decode(bytes));

            assertThat(decoded).isExactlyInstanceOf(AgentCreated.class).isEqualTo(EventFixtures.agentCreated());
        }
    }

    /**
     * Quarkus' layout: avro in a parent loader, the schemas classes in a child loader; the consumer thread's context
     * loader is the parent's. The child's EventCodec must return the child's AgentCreated.
     */
    @Test
    void decodesIntoTheClassOfTheLoaderThatHoldsTheCodec() throws Exception {
        byte[] bytes = EventCodec.encode(EventFixtures.agentCreated());
        URL schemasClasses = AgentCreated.class.getProtectionDomain().getCodeSource().getLocation();
        ClassLoader parent = EventCodec.class.getClassLoader();

        try (URLClassLoader child = new ChildFirstLoader(schemasClasses, parent)) {
            Class<?> childCodec = child.loadClass(EventCodec.class.getName());
            Class<?> childAgentCreated = child.loadClass(AgentCreated.class.getName());
            Method decode = childCodec.getMethod("decode", byte[].class);
            assertThat(childAgentCreated).isNotSameAs(AgentCreated.class);

            Object decoded = onThreadWithContextLoader(parent, () -> decode.invoke(null, (Object) bytes));

            assertThat(decoded.getClass()).isSameAs(childAgentCreated);
            assertThat(decoded.toString()).isEqualTo(EventFixtures.agentCreated().toString());
        }
    }

    private static Object onThreadWithContextLoader(ClassLoader loader, Callable<Object> work) throws Exception {
        ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
            Thread worker = new Thread(runnable, "consumer-like");
            worker.setContextClassLoader(loader);
            return worker;
        });
        try {
            return thread.submit(work).get();
        } finally {
            thread.shutdownNow();
        }
    }

    /** Loads io.voxcampaigns.events classes itself (a second copy), everything else from the parent. */
    private static final class ChildFirstLoader extends URLClassLoader {

        ChildFirstLoader(URL classes, ClassLoader parent) {
            super(new URL[] {classes}, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("io.voxcampaigns.events.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    try {
                        loaded = findClass(name);
                    } catch (ClassNotFoundException notInSchemasClasses) {
                        loaded = super.loadClass(name, false);
                    }
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }
    }
}
