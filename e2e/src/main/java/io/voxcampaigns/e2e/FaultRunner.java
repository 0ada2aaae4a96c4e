package io.voxcampaigns.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

import io.voxcampaigns.voiceruntime.CampaignReport;
import io.voxcampaigns.voiceruntime.Controls;
import io.voxcampaigns.voiceruntime.NumberSet;
import io.voxcampaigns.voiceruntime.Timing;

/**
 * The fault runs: for each scenario a campaign of {@code tasks} tasks at {@code concurrency}, the fault injected once
 * a quarter of its calls were placed (or held for the whole run), then the audit by the placer's own record. Prints
 * one line per scenario ({@code scenario: PASS|FAIL over-cap=N undialled=N doubled=N counters=ok|diff}); details of a
 * FAIL go to stderr. Usage: {@code FaultRunner [--placer simulated|vox] [--dispatchers 1|2] [--tasks 20000]
 * [--concurrency 50] [--fault-seconds 30] [--max-attempts 1] [scenario ...]}; exits 1 on any FAIL. With
 * {@code --max-attempts} above 1 the campaign retries the default reasons after the smallest spacing.
 */
public final class FaultRunner {

    private static final int POISON_RECORDS = 100;
    private static final int FOLLOW_UP_TASKS = 20;
    /** Share of the recipients whose call fails at once, its call_ended before the 201. */
    private static final double EARLY_FAILURE_SHARE = 0.2;
    /** Under runtime-slow the create answer comes this late: the placer's request times out and is sent again. */
    private static final Duration SLOW_ANSWER = PlacerSetup.REQUEST_TIMEOUT.multipliedBy(5).dividedBy(2);
    /**
     * Under runtime-slow connected calls talk longer than the request timeout, so a placer that frees the slot of a
     * call whose create timed out (while the runtime dials it) shows as over the cap.
     */
    private static final Duration SLOW_TALK_MIN = PlacerSetup.REQUEST_TIMEOUT.multipliedBy(5).dividedBy(4);
    private static final Duration SLOW_TALK_MAX = PlacerSetup.REQUEST_TIMEOUT.multipliedBy(5).dividedBy(2);
    /** Under dispatcher-kill-while-placing: slow, but within the request timeout, so many requests are in flight. */
    private static final Duration SLOWISH_ANSWER = PlacerSetup.REQUEST_TIMEOUT.multipliedBy(3).dividedBy(4);
    private static final Duration SETTLE_TIMEOUT = Duration.ofSeconds(30);

    private final Stack stack;
    private final Campaigns campaigns;
    private final int tasks;
    private final int concurrency;
    private final Duration faultLength;
    private final int maxAttempts;
    private String agentId;

    /**
     * @param faultLength how long the runtime is unavailable (runtime-outage) or slow (runtime-slow)
     */
    public FaultRunner(Stack stack, int tasks, int concurrency, Duration faultLength) {
        this(stack, tasks, concurrency, faultLength, 1);
    }

    /**
     * @param maxAttempts above 1: the campaign has a retry policy (the default reasons after the smallest spacing),
     *                    audited attempt by attempt against the runtime's record
     */
    public FaultRunner(Stack stack, int tasks, int concurrency, Duration faultLength, int maxAttempts) {
        this.stack = stack;
        this.campaigns = new Campaigns(stack);
        this.tasks = tasks;
        this.concurrency = concurrency;
        this.faultLength = faultLength;
        this.maxAttempts = maxAttempts;
    }

    public static void main(String[] args) throws Exception {
        int tasks = 20_000;
        int concurrency = 50;
        int faultSeconds = 30;
        int maxAttempts = 1;
        Stack.Placer placer = Stack.Placer.SIMULATED;
        Integer dispatchers = null;
        List<Scenario> scenarios = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--tasks" -> tasks = Integer.parseInt(args[++i]);
                case "--concurrency" -> concurrency = Integer.parseInt(args[++i]);
                case "--fault-seconds" -> faultSeconds = Integer.parseInt(args[++i]);
                case "--max-attempts" -> maxAttempts = Integer.parseInt(args[++i]);
                case "--placer" -> placer = Stack.Placer.of(args[++i]);
                case "--dispatchers" -> dispatchers = Integer.parseInt(args[++i]);
                default -> scenarios.add(Scenario.of(args[i]));
            }
        }
        if (scenarios.isEmpty()) {
            scenarios.addAll(Scenario.defaults(placer));
        }
        int processes = dispatchers != null ? dispatchers
                : scenarios.stream().mapToInt(Scenario::dispatchers).max().orElse(1);
        boolean allPass = true;
        long begin = System.nanoTime();
        try (Stack stack = Stack.start(new Stack.Options(placer, processes))) {
            // Ctrl-C: the services, the broker and PostgreSQL must not outlive the runner
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "e2e-stack-stop"));
            FaultRunner runner = new FaultRunner(stack, tasks, concurrency, Duration.ofSeconds(faultSeconds),
                    maxAttempts);
            for (Scenario scenario : scenarios) {
                Verdict verdict = runner.run(scenario);
                System.out.println(verdict.line());
                System.out.flush();
                allPass &= verdict.pass();
            }
        }
        System.err.printf(Locale.ROOT, "e2e: %d task(s), concurrency %d, max %d attempt(s), %s placer, "
                + "%d dispatcher(s), %d scenario(s) in %.0f s%n", tasks, concurrency, maxAttempts, placer.label(),
                processes, scenarios.size(), (System.nanoTime() - begin) / 1e9);
        System.exit(allPass ? 0 : 1);
    }

    /** Runs one scenario; never throws for a scenario that went wrong, it says so in the verdict. */
    public Verdict run(Scenario scenario) {
        long begin = System.nanoTime();
        List<String> problems = new ArrayList<>(unmet(scenario));
        if (!problems.isEmpty()) {
            return Verdict.unaudited(scenario.label(), problems);
        }
        String campaignId = null;
        long createdAt = System.currentTimeMillis();
        long finishedAt = createdAt;
        Poison poison = new Poison(stack.kafkaBootstrap());
        try {
            if (agentId == null) {
                agentId = campaigns.createFlowAgent("fault runs");
            }
            prepare(scenario);
            Campaigns.Spec spec = Campaigns.Spec.of(scenario.label(), agentId, tasks, concurrency);
            campaignId = campaigns.create(maxAttempts > 1 ? spec.retries(maxAttempts) : spec).path("id").asText();
            createdAt = stack.createdAt(campaignId);
            if (scenario.midRun()) {
                injectMidRun(scenario, campaignId, poison, problems);
            }
            JsonNode finished = campaigns.await(campaignId, Campaigns::terminal, finishTimeout());
            finishedAt = System.currentTimeMillis();
            if (!"success".equals(finished.path("status").asText())) {
                problems.add("campaign ended " + finished.path("status").asText());
            }
        } catch (Exception e) {
            problems.add(e.getClass().getSimpleName() + ": " + e.getMessage());
        } finally {
            restore();
        }
        if (scenario == Scenario.POISON) {
            problems.addAll(deadLetters(poison));
        }
        problems.addAll(followUp(scenario));
        Verdict verdict = audit(scenario, campaignId, createdAt, finishedAt, problems);
        System.err.printf(Locale.ROOT, "e2e: %s on campaign %s in %.0f s%s%n", scenario.label(), campaignId,
                (System.nanoTime() - begin) / 1e9, verdict.problems().isEmpty() ? "" : "; " + verdict.problems());
        return verdict;
    }

    private List<String> unmet(Scenario scenario) {
        List<String> unmet = new ArrayList<>();
        if (scenario.voxOnly() && stack.options().placer() != Stack.Placer.VOX) {
            unmet.add(scenario.label() + " needs the vox placer (--placer vox)");
        }
        if (stack.dispatchers().size() < scenario.dispatchers()) {
            unmet.add(scenario.label() + " needs " + scenario.dispatchers() + " dispatcher processes");
        }
        return unmet;
    }

    /** Faults that hold for the whole run, set before the campaign exists. */
    private void prepare(Scenario scenario) {
        switch (scenario) {
            case EARLY_WEBHOOKS -> runtime().earlyFailures(NumberSet.share(EARLY_FAILURE_SHARE));
            case DUPLICATE_WEBHOOKS -> runtime().webhookCopies(2, 3, 0.3);
            case DISPATCHER_KILL_WHILE_PLACING -> runtime().createDelay(SLOWISH_ANSWER);
            default -> {
                // injected mid-run
            }
        }
    }

    private void injectMidRun(Scenario scenario, String campaignId, Poison poison, List<String> problems)
            throws InterruptedException {
        // mid-run from the placer's point of view: its own record, not the counters (campaign-service applies
        // call.events behind the dispatcher, by minutes on a loaded machine)
        long placed = stack.awaitPlaced(campaignId, tasks / 4, Duration.ofMinutes(5));
        JsonNode before = campaigns.get(campaignId);
        if (placed >= tasks) {
            problems.add("every call was placed before the fault: it tested nothing");
        }
        inject(scenario, poison);
        System.err.printf(Locale.ROOT, "e2e: %s injected with %d of %d calls placed, %d counted%n", scenario.label(),
                placed, tasks, Campaigns.finishedCalls(before));
    }

    private void inject(Scenario scenario, Poison poison) throws InterruptedException {
        switch (scenario) {
            case DISPATCHER_KILL, DISPATCHER_KILL_WHILE_PLACING -> {
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
            case RUNTIME_OUTAGE -> runtime().unavailableFor(faultLength, Duration.ofSeconds(1));
            case RUNTIME_SLOW -> {
                runtime().update(b -> b.withTiming(new Timing(b.timing().ringMin(), b.timing().ringMax(),
                        SLOW_TALK_MIN, SLOW_TALK_MAX)).withFaults(b.faults().withCreateDelay(SLOW_ANSWER)));
                Thread.sleep(faultLength.toMillis());
                runtime().reset();
            }
            case EARLY_WEBHOOKS, DUPLICATE_WEBHOOKS -> throw new IllegalArgumentException(scenario + " holds all run");
        }
    }

    /** The runtime back to the stack's behaviour, whatever the scenario did. */
    private void restore() {
        if (stack.options().placer() == Stack.Placer.VOX) {
            runtime().reset();
        }
    }

    private Controls runtime() {
        return stack.runtime().controls();
    }

    private static List<String> deadLetters(Poison poison) {
        List<String> problems = new ArrayList<>();
        for (var topic : Poison.CONSUMED.entrySet()) {
            long expected = (long) topic.getValue() * POISON_RECORDS;
            long found = poison.deadLettered(topic.getKey(), expected, Duration.ofSeconds(60));
            if (found != expected) {
                problems.add(topic.getKey() + ".dlq holds " + found + " poison records, expected " + expected);
            }
        }
        return problems;
    }

    private Verdict audit(Scenario scenario, String campaignId, long createdAt, long finishedAt,
            List<String> problems) {
        if (campaignId == null) {
            return Verdict.unaudited(scenario.label(), problems);
        }
        try {
            if (stack.options().placer() == Stack.Placer.VOX) {
                settle(campaignId);
                String untagged = UntaggedCalls.describe(stack.runtime().record(), createdAt, finishedAt);
                if (!untagged.isEmpty()) {
                    problems.add(untagged);
                }
            }
            PlacerRecord record = stack.placerRecord(campaignId);
            if (maxAttempts > 1) {
                System.err.println("e2e: calls per task " + callsPerTask(record));
            }
            return CampaignAudit.audit(scenario.label(), campaigns, record, campaignId, tasks, concurrency,
                    maxAttempts, "success", problems);
        } catch (RuntimeException e) {
            problems.add("audit failed: " + e.getMessage());
            return Verdict.unaudited(scenario.label(), problems);
        }
    }

    /** How many tasks the placer called once, twice, ...: {calls=tasks}. */
    private static SortedMap<Integer, Long> callsPerTask(PlacerRecord record) {
        SortedMap<Integer, Long> counts = new TreeMap<>();
        record.dialsByTask().values().forEach(keys -> counts.merge(keys.size(), 1L, Long::sum));
        return counts;
    }

    /** Gives the runtime's calls time to end and its webhooks time to be accepted before the record is judged. */
    private void settle(String campaignId) {
        long deadline = System.nanoTime() + SETTLE_TIMEOUT.toNanos();
        CampaignReport report = stack.runtime().record().campaign(campaignId);
        while ((report.liveNow() > 0 || report.webhooks().pending() > 0) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            report = stack.runtime().record().campaign(campaignId);
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
            String id = campaigns.create(Campaigns.Spec.of(scenario.label() + " follow-up", agent, FOLLOW_UP_TASKS, 5))
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

    /** Generous: the calls themselves plus a slow machine, the deadline of calls a killed dispatcher held, the fault. */
    private Duration finishTimeout() {
        return Duration.ofSeconds(180 + tasks / 20).plus(faultLength)
                .plusSeconds((long) (maxAttempts - 1) * (Campaigns.SMALLEST_SPACING_SECONDS + tasks / 40));
    }
}
