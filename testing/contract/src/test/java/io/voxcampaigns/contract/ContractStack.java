package io.voxcampaigns.contract;

import io.voxcampaigns.e2e.Stack;

/**
 * One stack for the module's three test classes (starting it takes most of a minute): Kafka, PostgreSQL and the
 * three services from their built jars, as e2e runs them; stopped at JVM exit.
 */
final class ContractStack {

    private static Stack stack;

    private ContractStack() {
    }

    static synchronized Stack get() {
        if (stack == null) {
            stack = Stack.start();
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "contract-stack-stop"));
        }
        return stack;
    }
}
