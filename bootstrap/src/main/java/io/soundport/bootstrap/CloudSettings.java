package io.soundport.bootstrap;

import io.soundport.adapters.aws.AwsClients;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where the outbound adapters point: {@code SOUNDPORT_CLOUD=local} (the default: the local mailbox, the local AES-GCM
 * key, no event bus) or {@code aws}, where each AWS adapter is on when its setting is given and stays local when it is
 * left unset (a mixed setup is allowed, and {@link #describe()} says which is which for the start-up log).
 *
 * @param aws                     {@code SOUNDPORT_CLOUD=aws}
 * @param region                  {@code AWS_REGION}; required on AWS
 * @param endpoint                one endpoint for every service (LocalStack, a test's stand-in); null for AWS's own,
 *                                which also follow the SDK's {@code AWS_ENDPOINT_URL} and
 *                                {@code AWS_ENDPOINT_URL_<SERVICE>}
 * @param sesFrom                 {@code SOUNDPORT_SES_FROM}: e-mail through SES from this verified identity
 * @param sesConfigurationSet     {@code SOUNDPORT_SES_CONFIGURATION_SET}, optional
 * @param snsSenderId             {@code SOUNDPORT_SNS_SENDER_ID}: SMS and push through SNS, with this sender id
 * @param snsPlatformApplication  {@code SOUNDPORT_SNS_PLATFORM_APPLICATION_ARN}: SNS for push (and SMS) too, and
 *                                endpoints made for bare device tokens
 * @param eventBus                {@code SOUNDPORT_EVENTBRIDGE_BUS}: every event also published there
 * @param kmsKeyId                {@code SOUNDPORT_KMS_KEY_ID}: secrets under KMS envelope encryption
 * @param sqsQueuePrefix          {@code SOUNDPORT_SQS_QUEUE_PREFIX}: the background jobs on SQS, a queue per job type
 *                                named with this prefix
 * @param s3Bucket                {@code SOUNDPORT_S3_BUCKET}: large files (audio, artwork) in this bucket instead of
 *                                {@code $SOUNDPORT_DATA_DIR/blobs}
 */
record CloudSettings(boolean aws, String region, URI endpoint, String sesFrom, String sesConfigurationSet,
                     String snsSenderId, String snsPlatformApplication, String eventBus, String kmsKeyId,
                     String sqsQueuePrefix, String s3Bucket) {

    CloudSettings {
        sesFrom = blankToNull(sesFrom);
        sesConfigurationSet = blankToNull(sesConfigurationSet);
        snsSenderId = blankToNull(snsSenderId);
        snsPlatformApplication = blankToNull(snsPlatformApplication);
        eventBus = blankToNull(eventBus);
        kmsKeyId = blankToNull(kmsKeyId);
        sqsQueuePrefix = blankToNull(sqsQueuePrefix);
        s3Bucket = blankToNull(s3Bucket);
        region = blankToNull(region);
        if (aws && region == null) {
            throw new IllegalStateException("SOUNDPORT_CLOUD=aws needs AWS_REGION (such as eu-west-1)");
        }
    }

    /** {@code local} or {@code aws}, in any case; anything else is refused at start. */
    static boolean parseCloud(String value) {
        String cloud = value == null || value.isBlank() ? "local" : value.strip().toLowerCase(Locale.ROOT);
        return switch (cloud) {
            case "local" -> false;
            case "aws" -> true;
            default -> throw new IllegalStateException("SOUNDPORT_CLOUD must be local or aws, not '" + value + "'");
        };
    }

    static URI parseEndpoint(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        URI uri = URI.create(value.strip());
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalStateException("The AWS endpoint must be a URL such as http://localhost:4566, not '"
                    + value + "'");
        }
        return uri;
    }

    boolean ses() {
        return aws && sesFrom != null;
    }

    boolean sns() {
        return aws && (snsSenderId != null || snsPlatformApplication != null);
    }

    boolean eventBridge() {
        return aws && eventBus != null;
    }

    boolean kms() {
        return aws && kmsKeyId != null;
    }

    boolean sqs() {
        return aws && sqsQueuePrefix != null;
    }

    boolean s3() {
        return aws && s3Bucket != null;
    }

    /** The SDK clients' settings: the region, the default credentials chain, the endpoint when one is given. */
    AwsClients.Settings clients() {
        AwsClients.Settings settings = AwsClients.Settings.of(region);
        return endpoint == null ? settings : settings.withEndpoint(endpoint, null);
    }

    /** One line for the start-up log: which adapter each outbound port got, and why a local one stayed. */
    String describe() {
        if (!aws) {
            return "cloud local: e-mail, SMS and push to the local mailbox, secrets under the local key, no event bus,"
                    + " background jobs in the database, files in the data directory";
        }
        List<String> parts = new ArrayList<>();
        parts.add("cloud aws (" + region + (endpoint == null ? "" : ", endpoint " + endpoint) + ")");
        parts.add(ses() ? "e-mail SES" : "e-mail local (SOUNDPORT_SES_FROM unset)");
        parts.add(sns() ? "SMS and push SNS" : "SMS and push local (SOUNDPORT_SNS_SENDER_ID unset)");
        parts.add(eventBridge() ? "events to EventBridge bus " + eventBus
                : "no event bus (SOUNDPORT_EVENTBRIDGE_BUS unset)");
        parts.add(kms() ? "secrets under KMS" : "secrets under the local key (SOUNDPORT_KMS_KEY_ID unset)");
        parts.add(sqs() ? "background jobs on SQS queues " + sqsQueuePrefix + "*"
                : "background jobs in the database (SOUNDPORT_SQS_QUEUE_PREFIX unset)");
        parts.add(s3() ? "files in S3 bucket " + s3Bucket : "files in the data directory (SOUNDPORT_S3_BUCKET unset)");
        return String.join(", ", parts);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
