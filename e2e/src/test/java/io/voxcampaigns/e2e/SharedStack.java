package io.voxcampaigns.e2e;

/** One stack for every test class of the module (starting it takes most of a minute), stopped at JVM exit. */
final class SharedStack {

    private static Stack stack;

    private SharedStack() {
    }

    static synchronized Stack get() {
        if (stack == null) {
            stack = Stack.start();
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "e2e-stack-stop"));
        }
        return stack;
    }
}
