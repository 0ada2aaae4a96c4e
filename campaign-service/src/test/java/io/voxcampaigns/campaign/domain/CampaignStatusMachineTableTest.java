package io.voxcampaigns.campaign.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.voxcampaigns.campaign.domain.StatusDecision.Refusal;
import io.voxcampaigns.campaign.domain.StatusDecision.Transition;

/** Every state against every trigger: the whole machine as one table. */
class CampaignStatusMachineTableTest {

    static final Map<String, CampaignState> STATES = new LinkedHashMap<>();
    static final Map<String, CampaignTrigger> TRIGGERS = new LinkedHashMap<>();

    static {
        for (CampaignPhase status : CampaignPhase.values()) {
            if (status != CampaignPhase.PAUSED) {
                STATES.put(status.value(), CampaignState.of(status));
            }
        }
        STATES.put("paused:user", CampaignState.paused(Pauser.USER));
        STATES.put("paused:system", CampaignState.paused(Pauser.SYSTEM));

        TRIGGERS.put("scheduleReached", new CampaignTrigger.ScheduleReached());
        TRIGGERS.put("callStarted", new CampaignTrigger.CallStarted());
        TRIGGERS.put("windowClosed", new CampaignTrigger.WindowClosed());
        TRIGGERS.put("windowOpened:auto:started", new CampaignTrigger.WindowOpened(true, true, true));
        TRIGGERS.put("windowOpened:auto:new", new CampaignTrigger.WindowOpened(true, false, true));
        TRIGGERS.put("windowOpened:auto:runtimePause", new CampaignTrigger.WindowOpened(true, true, false));
        TRIGGERS.put("windowOpened:manual", new CampaignTrigger.WindowOpened(false, true, true));
        TRIGGERS.put("runtimeUnavailable", new CampaignTrigger.RuntimeUnavailable());
        TRIGGERS.put("runtimeAvailable:ours:started", new CampaignTrigger.RuntimeAvailable(true, true));
        TRIGGERS.put("runtimeAvailable:ours:new", new CampaignTrigger.RuntimeAvailable(true, false));
        TRIGGERS.put("runtimeAvailable:other", new CampaignTrigger.RuntimeAvailable(false, true));
        TRIGGERS.put("drained", new CampaignTrigger.Drained(true));
        TRIGGERS.put("drained:stale", new CampaignTrigger.Drained(false));
        TRIGGERS.put("requeued:started", new CampaignTrigger.Requeued(true));
        TRIGGERS.put("requeued:new", new CampaignTrigger.Requeued(false));
        TRIGGERS.put("fatalError", new CampaignTrigger.FatalError());
        TRIGGERS.put("pause", new CampaignTrigger.Pause());
        TRIGGERS.put("resume:open:started", new CampaignTrigger.Resume(true, true));
        TRIGGERS.put("resume:open:new", new CampaignTrigger.Resume(true, false));
        TRIGGERS.put("resume:closed:started", new CampaignTrigger.Resume(false, true));
        TRIGGERS.put("resume:closed:new", new CampaignTrigger.Resume(false, false));
        TRIGGERS.put("cancel", new CampaignTrigger.Cancel());
        TRIGGERS.put("patch", new CampaignTrigger.Patch());
        TRIGGERS.put("reschedule:future", new CampaignTrigger.Reschedule(true));
        TRIGGERS.put("reschedule:now", new CampaignTrigger.Reschedule(false));
        TRIGGERS.put("addTasks:started", new CampaignTrigger.AddTasks(true));
        TRIGGERS.put("addTasks:new", new CampaignTrigger.AddTasks(false));
    }

    static final Set<String> FACTS = Set.of("scheduleReached", "callStarted", "windowClosed",
            "windowOpened:auto:started", "windowOpened:auto:new", "windowOpened:auto:runtimePause", "windowOpened:manual",
            "runtimeUnavailable",
            "runtimeAvailable:ours:started", "runtimeAvailable:ours:new", "runtimeAvailable:other", "drained", "drained:stale", "requeued:started", "requeued:new",
            "fatalError");

    // state | trigger | next state, or 409 | paused_at | finished_at
    private static final String TABLE = """
            draft         | scheduleReached               | pending       | keep  | keep
            draft         | callStarted                   | draft         | keep  | keep
            draft         | windowClosed                  | draft         | keep  | keep
            draft         | windowOpened:auto:started     | draft         | keep  | keep
            draft         | windowOpened:auto:new         | draft         | keep  | keep
            draft         | windowOpened:auto:runtimePause | draft         | keep  | keep
            draft         | windowOpened:manual           | draft         | keep  | keep
            draft         | runtimeUnavailable            | draft         | keep  | keep
            draft         | runtimeAvailable:ours:started | draft         | keep  | keep
            draft         | runtimeAvailable:ours:new     | draft         | keep  | keep
            draft         | runtimeAvailable:other        | draft         | keep  | keep
            draft         | drained                       | draft         | keep  | keep
            draft         | fatalError                    | fail          | keep  | set
            draft         | pause                         | 409           |       |
            draft         | resume:open:started           | 409           |       |
            draft         | resume:open:new               | 409           |       |
            draft         | resume:closed:started         | 409           |       |
            draft         | resume:closed:new             | 409           |       |
            draft         | cancel                        | canceled      | keep  | set
            draft         | patch                         | draft         | keep  | keep
            draft         | reschedule:future             | draft         | keep  | keep
            draft         | reschedule:now                | pending       | keep  | keep
            draft         | drained:stale                 | draft         | keep  | keep
            draft         | addTasks:started              | draft         | keep  | keep
            draft         | addTasks:new                  | draft         | keep  | keep
            draft         | requeued:started              | draft         | keep  | keep
            draft         | requeued:new                  | draft         | keep  | keep

            pending       | scheduleReached               | pending       | keep  | keep
            pending       | callStarted                   | ongoing       | keep  | keep
            pending       | windowClosed                  | paused:system | set   | keep
            pending       | windowOpened:auto:started     | pending       | keep  | keep
            pending       | windowOpened:auto:new         | pending       | keep  | keep
            pending       | windowOpened:auto:runtimePause | pending       | keep  | keep
            pending       | windowOpened:manual           | pending       | keep  | keep
            pending       | runtimeUnavailable            | paused:system | set   | keep
            pending       | runtimeAvailable:ours:started | pending       | keep  | keep
            pending       | runtimeAvailable:ours:new     | pending       | keep  | keep
            pending       | runtimeAvailable:other        | pending       | keep  | keep
            pending       | drained                       | success       | keep  | set
            pending       | fatalError                    | fail          | keep  | set
            pending       | pause                         | paused:user   | set   | keep
            pending       | resume:open:started           | 409           |       |
            pending       | resume:open:new               | 409           |       |
            pending       | resume:closed:started         | 409           |       |
            pending       | resume:closed:new             | 409           |       |
            pending       | cancel                        | canceled      | keep  | set
            pending       | patch                         | pending       | keep  | keep
            pending       | reschedule:future             | draft         | keep  | keep
            pending       | reschedule:now                | pending       | keep  | keep
            pending       | drained:stale                 | pending       | keep  | keep
            pending       | addTasks:started              | pending       | keep  | keep
            pending       | addTasks:new                  | pending       | keep  | keep
            pending       | requeued:started              | pending       | keep  | keep
            pending       | requeued:new                  | pending       | keep  | keep

            ongoing       | scheduleReached               | ongoing       | keep  | keep
            ongoing       | callStarted                   | ongoing       | keep  | keep
            ongoing       | windowClosed                  | paused:system | set   | keep
            ongoing       | windowOpened:auto:started     | ongoing       | keep  | keep
            ongoing       | windowOpened:auto:new         | ongoing       | keep  | keep
            ongoing       | windowOpened:auto:runtimePause | ongoing       | keep  | keep
            ongoing       | windowOpened:manual           | ongoing       | keep  | keep
            ongoing       | runtimeUnavailable            | paused:system | set   | keep
            ongoing       | runtimeAvailable:ours:started | ongoing       | keep  | keep
            ongoing       | runtimeAvailable:ours:new     | ongoing       | keep  | keep
            ongoing       | runtimeAvailable:other        | ongoing       | keep  | keep
            ongoing       | drained                       | success       | keep  | set
            ongoing       | fatalError                    | fail          | keep  | set
            ongoing       | pause                         | paused:user   | set   | keep
            ongoing       | resume:open:started           | 409           |       |
            ongoing       | resume:open:new               | 409           |       |
            ongoing       | resume:closed:started         | 409           |       |
            ongoing       | resume:closed:new             | 409           |       |
            ongoing       | cancel                        | canceled      | keep  | set
            ongoing       | patch                         | 409           |       |
            ongoing       | reschedule:future             | 409           |       |
            ongoing       | reschedule:now                | 409           |       |
            ongoing       | drained:stale                 | ongoing       | keep  | keep
            ongoing       | addTasks:started              | ongoing       | keep  | keep
            ongoing       | addTasks:new                  | ongoing       | keep  | keep
            ongoing       | requeued:started              | ongoing       | keep  | keep
            ongoing       | requeued:new                  | ongoing       | keep  | keep

            paused:user   | scheduleReached               | paused:user   | keep  | keep
            paused:user   | callStarted                   | paused:user   | keep  | keep
            paused:user   | windowClosed                  | paused:user   | keep  | keep
            paused:user   | windowOpened:auto:started     | paused:user   | keep  | keep
            paused:user   | windowOpened:auto:new         | paused:user   | keep  | keep
            paused:user   | windowOpened:auto:runtimePause | paused:user   | keep  | keep
            paused:user   | windowOpened:manual           | paused:user   | keep  | keep
            paused:user   | runtimeUnavailable            | paused:user   | keep  | keep
            paused:user   | runtimeAvailable:ours:started | paused:user   | keep  | keep
            paused:user   | runtimeAvailable:ours:new     | paused:user   | keep  | keep
            paused:user   | runtimeAvailable:other        | paused:user   | keep  | keep
            paused:user   | drained                       | success       | clear | set
            paused:user   | fatalError                    | fail          | clear | set
            paused:user   | pause                         | 409           |       |
            paused:user   | resume:open:started           | ongoing       | clear | keep
            paused:user   | resume:open:new               | pending       | clear | keep
            paused:user   | resume:closed:started         | paused:system | set   | keep
            paused:user   | resume:closed:new             | paused:system | set   | keep
            paused:user   | cancel                        | canceled      | clear | set
            paused:user   | patch                         | paused:user   | keep  | keep
            paused:user   | reschedule:future             | paused:user   | keep  | keep
            paused:user   | reschedule:now                | paused:user   | keep  | keep
            paused:user   | drained:stale                 | paused:user   | keep  | keep
            paused:user   | addTasks:started              | paused:user   | keep  | keep
            paused:user   | addTasks:new                  | paused:user   | keep  | keep
            paused:user   | requeued:started              | paused:user   | keep  | keep
            paused:user   | requeued:new                  | paused:user   | keep  | keep

            paused:system | scheduleReached               | paused:system | keep  | keep
            paused:system | callStarted                   | ongoing       | clear | keep
            paused:system | windowClosed                  | paused:system | keep  | keep
            paused:system | windowOpened:auto:started     | ongoing       | clear | keep
            paused:system | windowOpened:auto:new         | pending       | clear | keep
            paused:system | windowOpened:auto:runtimePause | paused:system | keep  | keep
            paused:system | windowOpened:manual           | paused:system | keep  | keep
            paused:system | runtimeUnavailable            | paused:system | keep  | keep
            paused:system | runtimeAvailable:ours:started | ongoing       | clear | keep
            paused:system | runtimeAvailable:ours:new     | pending       | clear | keep
            paused:system | runtimeAvailable:other        | paused:system | keep  | keep
            paused:system | drained                       | success       | clear | set
            paused:system | fatalError                    | fail          | clear | set
            paused:system | pause                         | paused:user   | set   | keep
            paused:system | resume:open:started           | ongoing       | clear | keep
            paused:system | resume:open:new               | pending       | clear | keep
            paused:system | resume:closed:started         | paused:system | keep  | keep
            paused:system | resume:closed:new             | paused:system | keep  | keep
            paused:system | cancel                        | canceled      | clear | set
            paused:system | patch                         | paused:system | keep  | keep
            paused:system | reschedule:future             | paused:system | keep  | keep
            paused:system | reschedule:now                | paused:system | keep  | keep
            paused:system | drained:stale                 | paused:system | keep  | keep
            paused:system | addTasks:started              | paused:system | keep  | keep
            paused:system | addTasks:new                  | paused:system | keep  | keep
            paused:system | requeued:started              | paused:system | keep  | keep
            paused:system | requeued:new                  | paused:system | keep  | keep
            success       | addTasks:started              | ongoing       | keep  | clear
            success       | addTasks:new                  | pending       | keep  | clear
            success       | requeued:started              | ongoing       | keep  | clear
            success       | requeued:new                  | pending       | keep  | clear
            """ + finished("success") + finished("fail") + finished("canceled");

    /**
     * A final status ignores every fact and refuses every command, but for recipients appended to, or tasks queued
     * again in, a finished campaign (in the table above).
     */
    private static String finished(String status) {
        return TRIGGERS.keySet().stream()
                .filter(trigger -> !(status.equals("success")
                        && (trigger.startsWith("addTasks") || trigger.startsWith("requeued"))))
                .map(trigger -> FACTS.contains(trigger)
                        ? status + " | " + trigger + " | " + status + " | keep | keep"
                        : status + " | " + trigger + " | 409 | |")
                .collect(Collectors.joining("\n", "\n", "\n"));
    }

    record Row(String state, String trigger, String expected, String pausedAt, String finishedAt) {
        @Override
        public String toString() {
            return state + " + " + trigger + " -> " + expected;
        }
    }

    static List<Row> rows() {
        return TABLE.lines()
                .filter(line -> !line.isBlank())
                .map(line -> Arrays.stream(line.split("\\|", -1)).map(String::trim).toArray(String[]::new))
                .map(cells -> new Row(cells[0], cells[1], cells[2], cells[3], cells[4]))
                .toList();
    }

    @ParameterizedTest
    @MethodSource("rows")
    void everyStateAndTrigger(Row row) {
        StatusDecision decision = CampaignStatusMachine.decide(STATES.get(row.state()), TRIGGERS.get(row.trigger()));
        if (row.expected().equals("409")) {
            assertThat(decision).isInstanceOf(Refusal.class);
            return;
        }
        assertThat(decision).isInstanceOf(Transition.class);
        Transition transition = (Transition) decision;
        assertThat(transition.from()).isEqualTo(STATES.get(row.state()));
        assertThat(transition.to()).isEqualTo(STATES.get(row.expected()));
        assertThat(transition.pausedAt()).isEqualTo(TimestampChange.valueOf(row.pausedAt().toUpperCase()));
        assertThat(transition.finishedAt()).isEqualTo(TimestampChange.valueOf(row.finishedAt().toUpperCase()));
        assertThat(transition.changed()).isEqualTo(!row.expected().equals(row.state()));
    }

    @Test
    void theTableHasEveryPairExactlyOnce() {
        List<String> pairs = rows().stream().map(row -> row.state() + " + " + row.trigger()).toList();
        List<String> expected = STATES.keySet().stream()
                .flatMap(state -> TRIGGERS.keySet().stream().map(trigger -> state + " + " + trigger))
                .toList();
        assertThat(pairs).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(rows()).allSatisfy(row -> assertThat(STATES).containsKey(row.state()));
        assertThat(rows()).allSatisfy(row -> assertThat(TRIGGERS).containsKey(row.trigger()));
    }

    @Test
    void theTriggersCoverEveryKindOfTrigger() {
        Set<Class<?>> kinds = TRIGGERS.values().stream().map(Object::getClass).collect(Collectors.toSet());
        assertThat(kinds).containsExactlyInAnyOrder(CampaignTrigger.class.getPermittedSubclasses());
    }

    @Test
    void factsAreNeverRefused() {
        rows().stream()
                .filter(row -> FACTS.contains(row.trigger()))
                .forEach(row -> assertThat(row.expected()).as(row.toString()).isNotEqualTo("409"));
        for (CampaignState state : STATES.values()) {
            for (String fact : FACTS) {
                assertThat(CampaignStatusMachine.decide(state, TRIGGERS.get(fact)))
                        .as("%s + %s", state, fact).isInstanceOf(Transition.class);
            }
        }
    }

    @Test
    void finalStatusesNeverChangeButForTasksAddedToAFinishedCampaign() {
        for (CampaignState state : STATES.values()) {
            if (!state.status().isTerminal()) {
                continue;
            }
            for (CampaignTrigger trigger : TRIGGERS.values()) {
                boolean runsAgain = trigger instanceof CampaignTrigger.AddTasks
                        || trigger instanceof CampaignTrigger.Requeued;
                if (runsAgain && state.status() == CampaignPhase.SUCCESS) {
                    continue;
                }
                StatusDecision decision = CampaignStatusMachine.decide(state, trigger);
                if (decision instanceof Transition transition) {
                    assertThat(transition.changed()).as("%s + %s", state, trigger).isFalse();
                }
            }
        }
    }
}
