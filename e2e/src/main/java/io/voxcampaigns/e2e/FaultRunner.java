package io.voxcampaigns.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The fault runs: for each scenario a campaign of {@code tasks} tasks at {@code concurrency}, the fault injected
 * once a quarter of its calls finished, then the audit. Prints one verdict line per scenario
 * ({@code scenario: PASS|FAIL lost=N duplicates=N counters=ok|diff}); details of a FAIL go to stderr.
 * Usage: {@code FaultRunner [--tasks 20000] [--concurrency 50] [scenario ...]}; exits 1 on any FAIL.
 */
public final class FaultRunner {

    /** The faults, in the order they run by default. */
    public enum Scenario {
        DISPATCHER_KILL("dispatcher-kill"),
        CAMPAIGN_SERVICE_KILL("campaign-service-kill"),
        KAFKA_RESTART("kafka-restart"),
        POSTGRES_RESTART("postgres-restart"),
        POISON("poison");

        final String label;

        Scenario(String label) {
            this.label = label;
        }

        static Scenario of(String label) {
            return Arrays.stream(values()).filter(s -> s.label.equals(label)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Unknown scenario " + label + "; known: "
                            + Arrays.stream(values()).map(s -> s.label).toList()));
        }
    }

    private static final int POISON_RECORDS = 100;
    private static final int FOLLOW_UP_TASKS = 20;

    private final Stack stack;
    private final Campaigns campaigns;
    private final int tasks;
    private final int concurrency;
    private String agentId;

    public FaultRunner(Stack stack, int tasks, int concurrency) {
        this.stack = stack;
        this.campaigns = new Campaigns(stack);
        this.tasks = tasks;
        this.concurrency = concurrency;
    }

    public static void main(String[] args) throws Exception {
        int tasks = 20_000;
        int concurrency = 50;
        List<Scenario> scenarios = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--tasks" -> tasks = Integer.parseInt(args[++i]);
                case "--concurrency" -> concurrency = Integer.parseInt(args[++i]);
                default -> scenarios.add(Scenario.of(args[i]));
            }
        }
        if (scenarios.isEmpty()) {
            scenarios.addAll(List.of(Scenario.values()));
        }
        boolean allPass;
        long begin = System.nanoTime();
        try (Stack stack = Stack.start()) {
            // Ctrl-C: the services, the broker and PostgreSQL must not outlive the runner
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "e2e-stack-stop"));
            FaultRunner runner = new FaultRunner(stack, tasks, concurrency);
            allPass = true;
            for (Scenario scenario : scenarios) {
                Verdict verdict = runner.run(scenario);
                System.out.println(verdict.line());
                System.out.flush();
                allPass &= verdict.pass();
            }
        }
        System.err.printf(Locale.ROOT, "e2e: %d task(s), concurrency %d, %d scenario(s) in %.0f s%n", tasks, concurrency,
                scenarios.size(), (System.nanoTime() - begin) / 1e9);
        System.exit(allPass ? 0 : 1);
    }

    /** Runs one scenario; never throws for a scenario that went wrong, it says so in the verdict. */
    public Verdict run(Scenario scenario) {
        long begin = System.nanoTime();
        List<String> problems = new ArrayList<>();
        String campaignId = null;
        Poison poison = new Poison(stack.kafkaBootstrap());
        try {
            if (agentId == null) {
                agentId = campaigns.createFlowAgent("fault runs");
            }
            campaignId = campaigns.create(Campaigns.Spec.of(scenario.label, agentId, tasks, concurrency))
                    .path("id").asText();
            // mid-run from the dispatcher's point of view: the placer's record, not the counters (campaign-service
            // applies call.events behind the dispatcher, by minutes on a loaded machine)
            long placed = stack.awaitPlaced(campaignId, tasks / 4, Duration.ofMinutes(5));
            JsonNode before = campaigns.get(campaignId);
            if (placed >= tasks) {
                problems.add("every call was placed before the fault: it tested nothing");
            }
            inject(scenario, poison);
            System.err.printf(Locale.ROOT, "e2e: %s injected with %d of %d calls placed, %d counted%n", scenario.label,
                    placed, tasks, Campaigns.finishedCalls(before));
            JsonNode finished = campaigns.await(campaignId, Campaigns::terminal, finishTimeout());
            if (!"success".equals(finished.path("status").asText())) {
                problems.add("campaign ended " + finished.path("status").asText());
            }
        } catch (Exception e) {
            problems.add(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        if (scenario == Scenario.POISON) {
            for (var topic : Poison.CONSUMED.entrySet()) {
                long expected = (long) topic.getValue() * POISON_RECORDS;
                long found = poison.deadLettered(topic.getKey(), expected, Duration.ofSeconds(60));
                if (found != expected) {
                    problems.add(topic.getKey() + ".dlq holds " + found + " poison records, expected " + expected);
                }
            }
        }
        problems.addAll(followUp(scenario));
        Verdict verdict;
        try {
            verdict = campaignId == null
                    ? new Verdict(scenario.label, tasks, 0, false, problems)
                    : CampaignAudit.audit(scenario.label, campaigns, AttemptLog.read(stack.attemptLog()), campaignId,
                            tasks, concurrency, "success", problems);
        } catch (RuntimeException e) {
            problems.add("audit failed: " + e.getMessage());
            verdict = new Verdict(scenario.label, tasks, 0, false, problems);
        }
        System.err.printf(Locale.ROOT, "e2e: %s on campaign %s in %.0f s%s%n", scenario.label, campaignId,
                (System.nanoTime() - begin) / 1e9, verdict.problems().isEmpty() ? "" : "; " + verdict.problems());
        return verdict;
    }

    private void inject(Scenario scenario, Poison poison) throws InterruptedException {
        switch (scenario) {
            case DISPATCHER_KILL -> {
                stack.kill(Stack.DISPATCHER);
                stack.restart(Stack.DISPATCHER);
            }
            case CAMPAIGN_SERVICE_KILL -> {
                stack.kill(Stack.CAMPAIGNS);
                stack.restart(Stack.CAMPAIGNS);
            }
            case KAFKA_RESTART -> stack.restartKafka(Duration.ofSeconds(5));
            case POSTGRES_RESTART -> stack.restartPostgres(Duration.ofSeconds(5));
            case POISON -> poison.inject(POISON_RECORDS);
        }
    }

    /**
     * Every consumer still flowing: a small new campaign runs to success after the fault (campaign.tasks and
     * campaign.events into the dispatcher, call.events into campaign-service). After poison it uses a new agent; that
     * alone does not prove agent.events flows (the dispatcher dials an unknown agent after a grace period anyway).
     */
    private List<String> followUp(Scenario scenario) {
        try {
            String agent = scenario == Scenario.POISON ? campaigns.createFlowAgent("after poison") : agentId;
            String id = campaigns.create(Campaigns.Spec.of(scenario.label + " follow-up", agent, FOLLOW_UP_TASKS, 5))
                    .path("id").asText();
            JsonNode done = campaigns.await(id, Campaigns::terminal, Duration.ofMinutes(2));
            if (!"success".equals(done.path("status").asText())
                    || Campaigns.finishedCalls(done) != FOLLOW_UP_TASKS) {
                return List.of("follow-up campaign ended " + done.path("status").asText() + " with "
                        + Campaigns.finishedCalls(done) + "/" + FOLLOW_UP_TASKS + " calls");
            }
            return List.of();
        } catch (Exception e) {
            return List.of("follow-up campaign: " + e.getMessage());
        }
    }

    /** Generous: the calls themselves plus a slow machine, plus the deadline of calls a killed dispatcher held. */
    private Duration finishTimeout() {
        return Duration.ofSeconds(180 + tasks / 20);
    }
}
