package io.voxcampaigns.deploy.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.kafka.KafkaAuthorizationSimple;
import io.strimzi.api.kafka.model.kafka.listener.GenericKafkaListener;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.acl.AclOperation;
import io.strimzi.api.kafka.model.user.acl.AclResourcePatternType;
import io.strimzi.api.kafka.model.user.acl.AclRule;
import io.strimzi.api.kafka.model.user.acl.AclRuleGroupResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleTopicResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleType;
import io.voxcampaigns.events.EventCatalog;
import io.voxcampaigns.events.Topics;

/** Topics, users and ACLs against the event contract and what each service's configuration and code use. */
class KafkaTopologyTest {

    private static final long SEVEN_DAYS_MS = 7L * 24 * 3600 * 1000;

    @ParameterizedTest
    @MethodSource("io.voxcampaigns.deploy.kubernetes.Overlays#names")
    void topicsAreTheEventContractAndADeadLetterTopicForEach(String overlay) {
        Set<String> expected = new TreeSet<>();
        EventCatalog.all().stream().map(EventCatalog::topicOf).forEach(topic -> {
            expected.add(topic);
            expected.add(Topics.deadLetter(topic));
        });
        assertThat(topics(overlay).keySet()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest
    @MethodSource("io.voxcampaigns.deploy.kubernetes.Overlays#names")
    void everyTopicAServiceConsumesProducesOrDeadLettersExists(String overlay) {
        Set<String> topics = topics(overlay).keySet();
        for (String service : Locations.services()) {
            ServiceConfiguration configuration = ServiceConfiguration.of(service);
            for (ServiceConfiguration.Incoming channel : KafkaAcls.incoming(configuration)) {
                assertThat(topics).as(service + " consumes " + channel.channel()).contains(channel.topic());
                assertThat(channel.deadLetterTopic()).as(service + " " + channel.channel() + " dead-letter topic")
                        .isEqualTo(Topics.deadLetter(channel.topic()));
                assertThat(topics).as(service + " dead-letters " + channel.channel()).contains(channel.deadLetterTopic());
            }
            assertThat(topics).as(service + " produces").containsAll(KafkaAcls.produced(configuration));
        }
    }

    @ParameterizedTest
    @MethodSource("io.voxcampaigns.deploy.kubernetes.Overlays#names")
    void everyServiceHasAKafkaUserGrantingExactlyWhatItUses(String overlay) {
        Rendered rendered = Overlays.rendered(overlay);
        for (String service : Locations.services()) {
            ServiceConfiguration configuration = ServiceConfiguration.of(service);
            KafkaUser user = rendered.named(KafkaUser.class, configuration.applicationName());
            assertThat(KafkaAcls.granted(user)).as(overlay + ": ACLs of " + user.getMetadata().getName())
                    .isEqualTo(KafkaAcls.required(configuration));
        }
        assertThat(rendered.all(KafkaUser.class)).extracting(user -> user.getMetadata().getName())
                .as("a KafkaUser per service, no other").containsExactlyInAnyOrderElementsOf(Locations.services());
    }

    @ParameterizedTest
    @MethodSource("io.voxcampaigns.deploy.kubernetes.Overlays#names")
    void aclsAreAllowRulesOnExistingTopicsAndTheUsersOwnGroups(String overlay) {
        Set<String> topics = topics(overlay).keySet();
        for (KafkaUser user : Overlays.rendered(overlay).all(KafkaUser.class)) {
            String name = user.getMetadata().getName();
            for (AclRule rule : KafkaAcls.rules(user)) {
                String what = overlay + " " + name + " " + rule.getResource();
                assertThat(rule.getType()).as(what).isIn(null, AclRuleType.ALLOW);
                assertThat(rule.getHost()).as(what).isIn(null, "*");
                assertThat(rule.getOperation()).as(what + ": the deprecated single operation").isNull();
                assertThat(rule.getOperations()).as(what).isNotEmpty().doesNotContain(AclOperation.ALL);
                if (rule.getResource() instanceof AclRuleTopicResource topic) {
                    assertThat(topic.getPatternType()).as(what).isIn(null, AclResourcePatternType.LITERAL);
                    assertThat(topics).as(what + ": no such KafkaTopic").contains(topic.getName());
                } else if (rule.getResource() instanceof AclRuleGroupResource group) {
                    assertThat(group.getName()).as(what + ": groups are <service>.<channel>").startsWith(name + ".");
                    if (group.getPatternType() == AclResourcePatternType.PREFIX) {
                        // a group per instance: <service>.<channel>.<instance uuid>
                        assertThat(group.getName()).as(what + ": a prefix of instance groups").endsWith(".");
                    } else {
                        assertThat(group.getPatternType()).as(what).isIn(null, AclResourcePatternType.LITERAL);
                    }
                } else {
                    throw new AssertionError(what + ": only topic and group ACLs are needed");
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("io.voxcampaigns.deploy.kubernetes.Overlays#names")
    void replicationFitsTheBrokersAndSurvivesOneInProduction(String overlay) {
        Rendered rendered = Overlays.rendered(overlay);
        int brokers = rendered.brokers();
        assertThat(brokers).isPositive();
        Map<String, Object> config = rendered.kafka().getSpec().getKafka().getConfig();
        long replication = number(config.get("default.replication.factor"));
        assertThat(replication).as("default.replication.factor").isBetween(1L, (long) brokers);
        assertThat(number(config.get("offsets.topic.replication.factor"))).isBetween(1L, (long) brokers);
        assertThat(number(config.get("min.insync.replicas"))).isBetween(1L, replication);
        topics(overlay).forEach((name, topic) -> {
            int replicas = topic.getSpec().getReplicas();
            long minInSync = number(topic.getSpec().getConfig().get("min.insync.replicas"));
            assertThat(replicas).as(overlay + " " + name + " replicas").isBetween(1, brokers);
            assertThat(minInSync).as(overlay + " " + name + " min.insync.replicas").isBetween(1L, (long) replicas);
            if (brokers >= 3) {
                assertThat(replicas).as(name + ": three copies when there are three brokers").isGreaterThanOrEqualTo(3);
                assertThat(minInSync).as(name + ": acks=all waits for two of them").isEqualTo(2L);
            }
            assertThat(topic.getSpec().getPartitions()).as(name + " partitions").isPositive();
        });
    }

    @ParameterizedTest
    @MethodSource("io.voxcampaigns.deploy.kubernetes.Overlays#names")
    void deadLetterTopicsKeepRecordsLongerThanTheirSource(String overlay) {
        Map<String, KafkaTopic> topics = topics(overlay);
        EventCatalog.all().stream().map(EventCatalog::topicOf).distinct().forEach(source -> {
            Map<String, Object> dlq = topics.get(Topics.deadLetter(source)).getSpec().getConfig();
            Map<String, Object> origin = topics.get(source).getSpec().getConfig();
            assertThat(dlq.get("cleanup.policy")).as(source + ".dlq cleanup.policy").isEqualTo("delete");
            long retention = number(dlq.get("retention.ms"));
            assertThat(retention).as(source + ".dlq retention.ms").isGreaterThan(SEVEN_DAYS_MS);
            if (origin.containsKey("retention.ms")) {
                assertThat(retention).as(source + ".dlq outlives " + source)
                        .isGreaterThan(number(origin.get("retention.ms")));
            }
        });
    }

    @ParameterizedTest
    @MethodSource("io.voxcampaigns.deploy.kubernetes.Overlays#names")
    void theClusterAuthenticatesEveryClientAndCreatesNoTopicOnItsOwn(String overlay) {
        Rendered rendered = Overlays.rendered(overlay);
        Kafka kafka = rendered.kafka();
        assertThat(kafka.getMetadata().getAnnotations()).containsEntry("strimzi.io/kraft", "enabled")
                .containsEntry("strimzi.io/node-pools", "enabled");
        assertThat(kafka.getSpec().getKafka().getAuthorization()).isInstanceOf(KafkaAuthorizationSimple.class);
        for (GenericKafkaListener listener : kafka.getSpec().getKafka().getListeners()) {
            assertThat(listener.getAuth()).as("listener " + listener.getName() + " authentication").isNotNull();
        }
        assertThat(kafka.getSpec().getKafka().getConfig()).containsEntry("auto.create.topics.enable", false);
        assertThat(kafka.getSpec().getEntityOperator().getTopicOperator()).isNotNull();
        assertThat(kafka.getSpec().getEntityOperator().getUserOperator()).isNotNull();
        String cluster = kafka.getMetadata().getName();
        for (Class<? extends HasMetadata> type : List.of(KafkaTopic.class, KafkaUser.class, KafkaNodePool.class)) {
            for (HasMetadata resource : rendered.all(type)) {
                assertThat(resource.getMetadata().getLabels()).as(resource.getMetadata().getName())
                        .containsEntry("strimzi.io/cluster", cluster);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("io.voxcampaigns.deploy.kubernetes.Overlays#names")
    void autoscaledConsumersNeverOutnumberThePartitionsTheyRead(String overlay) {
        Rendered rendered = Overlays.rendered(overlay);
        Map<String, KafkaTopic> topics = topics(overlay);
        for (HorizontalPodAutoscaler autoscaler : rendered.all(HorizontalPodAutoscaler.class)) {
            String service = autoscaler.getSpec().getScaleTargetRef().getName();
            KafkaUser user = rendered.named(KafkaUser.class, service);
            KafkaAcls.granted(user).forEach((resource, operations) -> {
                String topic = resource.substring(resource.indexOf(':') + 1);
                // every instance reads api-key.events whole, in a group of its own: no partition is shared out
                if (resource.startsWith("topic:") && operations.contains(AclOperation.READ)
                        && !topic.equals(Topics.API_KEY_EVENTS)) {
                    assertThat(autoscaler.getSpec().getMaxReplicas()).as(overlay + " " + service + " replicas vs "
                            + topic + " partitions").isLessThanOrEqualTo(topics.get(topic).getSpec().getPartitions());
                }
            });
        }
    }

    /** KafkaTopics by topic name. */
    static Map<String, KafkaTopic> topics(String overlay) {
        return Overlays.rendered(overlay).all(KafkaTopic.class).stream().collect(Collectors.toMap(
                topic -> topic.getSpec().getTopicName() != null ? topic.getSpec().getTopicName()
                        : topic.getMetadata().getName(), topic -> topic));
    }

    static long number(Object value) {
        if (value instanceof Number number) {
            return number.longValue();
        }
        if (value instanceof String text) {
            return Long.parseLong(text);
        }
        throw new AssertionError("not a number: " + value);
    }
}
