import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

/** The background job types; each gets a queue named <prefix> + the type with '.' replaced by '-'. */
export const JOB_TYPES = ['webhook.send', 'delivery.send', 'notification.send', 'event.publish'];

/** What both stacks are told at deploy time (CloudFormation parameters) or synth time (context). */
export interface Settings {
  readonly publicUrl: string;
  readonly sesIdentity: string;
  readonly sesFromAddress: string;
  /** Optional (context): the policy names it only when set. */
  readonly sesConfigurationSet?: string;
  readonly snsSenderId?: string;
  readonly snsPlatformApplicationArn?: string;
  readonly queuePrefix: string;
  readonly eventBusName: string;
}

/**
 * The queues (each with a dead-letter queue), the bucket, the event bus and the key both stacks share, with the
 * environment the server reads them from and the IAM statements it needs on them, SES and SNS.
 */
export class SharedResources extends Construct {
  readonly queues: sqs.Queue[];
  readonly deadLetterQueues: sqs.Queue[] = [];
  readonly bucket: s3.Bucket;
  readonly bus: events.EventBus;
  readonly key: kms.Key;

  constructor(scope: Construct, id: string, private readonly settings: Settings) {
    super(scope, id);
    this.queues = JOB_TYPES.map((type) => {
      const name = settings.queuePrefix + type.replace(/\./g, '-');
      const id = type.split('.').map((w) => w[0].toUpperCase() + w.slice(1)).join('');
      const dlq = new sqs.Queue(this, `${id}DeadLetterQueue`, {
        queueName: `${name}-dlq`,
        retentionPeriod: Duration.days(14),
        encryption: sqs.QueueEncryption.SQS_MANAGED,
      });
      this.deadLetterQueues.push(dlq);
      return new sqs.Queue(this, `${id}Queue`, {
        queueName: name,
        visibilityTimeout: Duration.seconds(120),
        encryption: sqs.QueueEncryption.SQS_MANAGED,
        deadLetterQueue: { queue: dlq, maxReceiveCount: 10 },
      });
    });
    this.bucket = new s3.Bucket(this, 'Bucket', {
      versioned: true,
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      removalPolicy: RemovalPolicy.RETAIN,
      // a server stopped in the middle of an upload leaves its parts and its temporary key behind
      lifecycleRules: [
        { id: 'AbortIncompleteUploads', abortIncompleteMultipartUploadAfter: Duration.days(1) },
        { id: 'ExpireIncoming', prefix: '.incoming/', expiration: Duration.days(1) },
      ],
    });
    this.bus = new events.EventBus(this, 'EventBus', { eventBusName: settings.eventBusName });
    this.key = new kms.Key(this, 'Key', {
      description: 'Soundport secrets at rest (envelope encryption of webhook secrets and partner credentials)',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }

  /** The server's settings for these resources, SES, SNS and its public URL (secrets are added by each stack). */
  environment(): Record<string, string> {
    const s = this.settings;
    return {
      SOUNDPORT_CLOUD: 'aws',
      SOUNDPORT_S3_BUCKET: this.bucket.bucketName,
      SOUNDPORT_SQS_QUEUE_PREFIX: s.queuePrefix,
      SOUNDPORT_EVENTBRIDGE_BUS: this.bus.eventBusName,
      SOUNDPORT_KMS_KEY_ID: this.key.keyArn,
      SOUNDPORT_SES_FROM: s.sesFromAddress,
      SOUNDPORT_SES_CONFIGURATION_SET: s.sesConfigurationSet ?? '',
      SOUNDPORT_SNS_SENDER_ID: s.snsSenderId ?? '',
      SOUNDPORT_SNS_PLATFORM_APPLICATION_ARN: s.snsPlatformApplicationArn ?? '',
      SOUNDPORT_PUBLIC_URL: s.publicUrl,
    };
  }

  /** Least privilege on these resources, SES and SNS: the actions the AWS adapters call, nothing more. */
  grantTo(role: iam.IRole): void {
    const stack = Stack.of(this);
    const s = this.settings;
    const statements = [
      new iam.PolicyStatement({
        sid: 'SqsJobs',
        actions: ['sqs:SendMessage', 'sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:ChangeMessageVisibility',
          'sqs:GetQueueAttributes', 'sqs:GetQueueUrl'],
        // the dead-letter queues too: the dead-letter drain turns what SQS gave up on into FAILED states
        resources: [...this.queues, ...this.deadLetterQueues].map((q) => q.queueArn),
      }),
      new iam.PolicyStatement({
        sid: 'S3Objects',
        actions: ['s3:PutObject', 's3:GetObject', 's3:DeleteObject', 's3:AbortMultipartUpload',
          's3:ListMultipartUploadParts'],
        resources: [this.bucket.arnForObjects('*')],
      }),
      // without it a missing key answers 403 instead of 404
      new iam.PolicyStatement({ sid: 'S3List', actions: ['s3:ListBucket'], resources: [this.bucket.bucketArn] }),
      new iam.PolicyStatement({ sid: 'EventBridge', actions: ['events:PutEvents'], resources: [this.bus.eventBusArn] }),
      new iam.PolicyStatement({ sid: 'Kms', actions: ['kms:GenerateDataKey', 'kms:Decrypt'], resources: [this.key.keyArn] }),
      new iam.PolicyStatement({
        sid: 'SesSend',
        actions: ['ses:SendEmail'],
        resources: [
          stack.formatArn({ service: 'ses', resource: 'identity', resourceName: s.sesIdentity }),
          ...(s.sesConfigurationSet
            ? [stack.formatArn({ service: 'ses', resource: 'configuration-set', resourceName: s.sesConfigurationSet })]
            : []),
        ],
      }),
      // an SMS goes to a phone number, which has no ARN: AWS requires Resource "*" for it
      new iam.PolicyStatement({ sid: 'SnsPublish', actions: ['sns:Publish'], resources: ['*'] }),
    ];
    if (s.snsPlatformApplicationArn) {
      statements.push(new iam.PolicyStatement({
        sid: 'SnsPlatformEndpoints',
        actions: ['sns:CreatePlatformEndpoint'],
        resources: [s.snsPlatformApplicationArn],
      }));
    }
    statements.forEach((statement) => role.addToPrincipalPolicy(statement));
  }
}

interface TableSpec {
  readonly name: string;
  readonly partitionKey: string;
  readonly sortKey?: string;
  readonly localIndexes?: { name: string; sortKey: string }[];
  readonly globalIndexes?: { name: string; partitionKey: string; sortKey: string }[];
  readonly timeToLive?: string;
}

/** Exactly what DynamoDbPersistence.tableDefinitions describes (deploy-check compares them); every key a string. */
export const TABLES: TableSpec[] = [
  {
    name: 'entities', partitionKey: 'pk', sortKey: 'sk',
    localIndexes: [{ name: 'lsi1', sortKey: 'lsi1' }, { name: 'lsi2', sortKey: 'lsi2' }, { name: 'lsi3', sortKey: 'lsi3' }],
    globalIndexes: [{ name: 'gsi1', partitionKey: 'g1pk', sortKey: 'g1sk' }],
    timeToLive: 'ttl',
  },
  { name: 'outbox', partitionKey: 'pk', globalIndexes: [{ name: 'pending', partitionKey: 'pending', sortKey: 'pendingOrder' }] },
  { name: 'idempotency', partitionKey: 'pk', sortKey: 'sk' },
  { name: 'jobs', partitionKey: 'pk', globalIndexes: [{ name: 'due', partitionKey: 'type', sortKey: 'due' }] },
  { name: 'webhook_messages', partitionKey: 'pk', sortKey: 'sk' },
  { name: 'deliveries', partitionKey: 'pk', sortKey: 'sk' },
  { name: 'workflow_executions', partitionKey: 'pk', sortKey: 'sk' },
  { name: 'rate_limits', partitionKey: 'pk', sortKey: 'sk', timeToLive: 'ttl' },
  { name: 'audit_log', partitionKey: 'pk', sortKey: 'sk' },
  { name: 'notifications', partitionKey: 'pk', sortKey: 'sk' },
];

/** The ten tables of the DynamoDB adapter, declared so that the server only describes them on start. */
export class Tables extends Construct {
  readonly tables: dynamodb.Table[];

  constructor(scope: Construct, id: string, prefix: string) {
    super(scope, id);
    const string = (name: string) => ({ name, type: dynamodb.AttributeType.STRING });
    this.tables = TABLES.map((spec) => {
      const id = spec.name.split('_').map((w) => w[0].toUpperCase() + w.slice(1)).join('') + 'Table';
      const table = new dynamodb.Table(this, id, {
        tableName: prefix + spec.name,
        partitionKey: string(spec.partitionKey),
        sortKey: spec.sortKey ? string(spec.sortKey) : undefined,
        billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
        pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
        encryption: dynamodb.TableEncryption.AWS_MANAGED,
        timeToLiveAttribute: spec.timeToLive,
        removalPolicy: RemovalPolicy.RETAIN,
      });
      spec.localIndexes?.forEach((i) => table.addLocalSecondaryIndex({
        indexName: i.name, sortKey: string(i.sortKey), projectionType: dynamodb.ProjectionType.ALL,
      }));
      spec.globalIndexes?.forEach((i) => table.addGlobalSecondaryIndex({
        indexName: i.name, partitionKey: string(i.partitionKey), sortKey: string(i.sortKey),
        projectionType: dynamodb.ProjectionType.ALL,
      }));
      return table;
    });
  }

  /** Item reads and writes on the tables and their indexes, and DescribeTable/DescribeTimeToLive for the start. */
  grantTo(role: iam.IRole): void {
    const tables = this.tables.map((t) => t.tableArn);
    const indexed = this.tables.filter((_, i) => TABLES[i].localIndexes || TABLES[i].globalIndexes);
    // transactions need no action of their own: their Put, Update and Delete are checked as such
    role.addToPrincipalPolicy(new iam.PolicyStatement({
      sid: 'DynamoDbItems',
      actions: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem',
        'dynamodb:Query', 'dynamodb:Scan', 'dynamodb:BatchGetItem'],
      resources: [...tables, ...indexed.map((t) => `${t.tableArn}/index/*`)],
    }));
    role.addToPrincipalPolicy(new iam.PolicyStatement({
      sid: 'DynamoDbSchema',
      actions: ['dynamodb:DescribeTable', 'dynamodb:DescribeTimeToLive'],
      resources: tables,
    }));
  }
}
