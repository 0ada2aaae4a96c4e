package io.voxcampaigns.e2e;

/**
 * One stack for every test class of the module (starting it takes most of a minute), stopped at JVM exit. A class
 * that needs other dispatcher options gets the same stack with its dispatchers restarted accordingly; the classes run
 * in an order (junit-platform.properties, {@code @Order}) that switches once.
 */
final class SharedStack {

    private static Stack stack;

    private SharedStack() {
    }

    /** The stack with the simulated placer and one dispatcher. */
    static Stack get() {
        return get(Stack.Options.DEFAULT);
    }

    static synchronized Stack get(Stack.Options options) {
        if (stack == null) {
            stack = Stack.start(options);
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "e2e-stack-stop"));
        }
        stack.reconfigure(options);
        return stack;
    }
}
