package io.voxcampaigns.deploy.kubernetes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserAuthorizationSimple;
import io.strimzi.api.kafka.model.user.acl.AclOperation;
import io.strimzi.api.kafka.model.user.acl.AclResourcePatternType;
import io.strimzi.api.kafka.model.user.acl.AclRule;
import io.strimzi.api.kafka.model.user.acl.AclRuleGroupResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleTopicResource;

/** The ACLs a service needs (from its configuration and code) and those its KafkaUser grants, as "type:name". */
final class KafkaAcls {

    private static final String INSTANCE = "${quarkus.uuid}";

    /** Publishes the outbox; its configured topic is a placeholder, each record names its topic (EventCatalog). */
    static final String OUTBOX_RELAY_CHANNEL = "outbox-relay";

    private KafkaAcls() {
    }

    static String topic(String name) {
        return "topic:" + name;
    }

    static String group(String name) {
        return "group:" + name;
    }

    /** A group granted by its prefix: every instance's own group, {@code <prefix><instance uuid>}. */
    static String groupPrefix(String prefix) {
        return "group-prefix:" + prefix;
    }

    /**
     * The group a channel's group.id names: one group, or, for a group.id ending in {@code ${quarkus.uuid}} (a group
     * per instance), every group of its prefix.
     */
    private static String groupOf(ServiceConfiguration configuration, String groupId) {
        String expanded = groupId.replace("${quarkus.application.name}", configuration.applicationName());
        return expanded.endsWith(INSTANCE) ? groupPrefix(expanded.substring(0, expanded.length() - INSTANCE.length()))
                : group(expanded);
    }

    /** Every consumer of the service, configured or planned. */
    static List<ServiceConfiguration.Incoming> incoming(ServiceConfiguration configuration) {
        List<ServiceConfiguration.Incoming> incoming = new ArrayList<>(configuration.incoming());
        incoming.addAll(PlannedTopology.INCOMING.getOrDefault(configuration.applicationName(), List.of()));
        return incoming;
    }

    /**
     * Every topic the service writes besides dead-letter topics: those of the events it builds (in its code, in the
     * platform's that every service runs, e.g. the audit trail's, or planned) and those of its outgoing channels other
     * than the outbox relay's.
     */
    static Set<String> produced(ServiceConfiguration configuration) {
        Path sources = Locations.repository().resolve(configuration.module()).resolve("src/main/java");
        Set<String> topics = new TreeSet<>(SourceScan.producedTopics(sources));
        topics.addAll(SourceScan.producedTopics(Locations.repository().resolve("platform/src/main/java")));
        topics.addAll(PlannedTopology.PRODUCED.getOrDefault(configuration.applicationName(), Set.of()));
        configuration.outgoing().stream().filter(channel -> !OUTBOX_RELAY_CHANNEL.equals(channel.channel()))
                .forEach(channel -> topics.add(channel.topic()));
        return topics;
    }

    /** Consumers read their topic and commit in their group; dead-letter and produced topics are written. */
    static Map<String, Set<AclOperation>> required(ServiceConfiguration configuration) {
        Map<String, Set<AclOperation>> acls = new TreeMap<>();
        for (ServiceConfiguration.Incoming channel : incoming(configuration)) {
            if (channel.group() == null) {
                throw new AssertionError(configuration.module() + ": channel " + channel.channel()
                        + " has no group.id (expected " + configuration.applicationName() + "." + channel.channel() + ")");
            }
            add(acls, topic(channel.topic()), AclOperation.DESCRIBE, AclOperation.READ);
            add(acls, groupOf(configuration, channel.group()), AclOperation.READ);
            if (channel.deadLetterTopic() != null) {
                add(acls, topic(channel.deadLetterTopic()), AclOperation.DESCRIBE, AclOperation.WRITE);
            }
        }
        produced(configuration).forEach(name -> add(acls, topic(name), AclOperation.DESCRIBE, AclOperation.WRITE));
        return acls;
    }

    /** What a KafkaUser's simple authorization allows. */
    static Map<String, Set<AclOperation>> granted(KafkaUser user) {
        Map<String, Set<AclOperation>> acls = new TreeMap<>();
        for (AclRule rule : rules(user)) {
            AclOperation[] operations = rule.getOperations().toArray(AclOperation[]::new);
            if (rule.getResource() instanceof AclRuleTopicResource topic) {
                add(acls, topic(topic.getName()), operations);
            } else if (rule.getResource() instanceof AclRuleGroupResource group) {
                add(acls, group.getPatternType() == AclResourcePatternType.PREFIX ? groupPrefix(group.getName())
                        : group(group.getName()), operations);
            } else {
                add(acls, rule.getResource().getClass().getSimpleName(), operations);
            }
        }
        return acls;
    }

    static List<AclRule> rules(KafkaUser user) {
        if (!(user.getSpec().getAuthorization() instanceof KafkaUserAuthorizationSimple simple)) {
            throw new AssertionError(user.getMetadata().getName() + " has no simple (ACL) authorization");
        }
        return simple.getAcls();
    }

    private static void add(Map<String, Set<AclOperation>> acls, String resource, AclOperation... operations) {
        acls.computeIfAbsent(resource, key -> EnumSet.noneOf(AclOperation.class)).addAll(List.of(operations));
    }
}
