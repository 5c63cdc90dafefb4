import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Annotations, CfnOutput, Duration, Stack, StackProps } from 'aws-cdk-lib';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Construct } from 'constructs';
import { SharedResources, Tables } from './resources';
import { secretNames, secretReference, settingsOf } from './settings';

export const HANDLERS = {
  httpApi: 'io.soundport.lambda.HttpApiHandler',
  worker: 'io.soundport.lambda.ScheduledWorkHandler',
  sqsWorker: 'io.soundport.lambda.SqsWorkHandler',
};

/**
 * The Lambda code: the jar that -c lambdaJar=<path> names (lambda/target/soundport-lambda-0.1.0-SNAPSHOT-aws.jar).
 * Without it, an empty placeholder directory, so that synth works before the jar is built (CI does that); the stack
 * then carries a warning, and deploying it would install functions that cannot start.
 */
function lambdaCode(stack: Stack): lambda.Code {
  const jar = stack.node.tryGetContext('lambdaJar') as string | undefined;
  if (jar) {
    return lambda.Code.fromAsset(path.resolve(jar));
  }
  const placeholder = path.join(os.tmpdir(), 'soundport-lambda-placeholder');
  fs.mkdirSync(placeholder, { recursive: true });
  fs.writeFileSync(path.join(placeholder, 'PLACEHOLDER.txt'), 'not a Lambda package: synth with -c lambdaJar=<jar>\n');
  Annotations.of(stack).addWarningV2('soundport:lambdaJar',
    'No -c lambdaJar=<path to soundport-lambda-*-aws.jar>: the functions get an empty placeholder; do not deploy this');
  return lambda.Code.fromAsset(placeholder);
}

/** API Gateway (HTTP API) -> Lambda, workers on a schedule and on SQS, DynamoDB, S3, EventBridge, KMS, SES, SNS. */
export class SoundportServerlessStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);
    const settings = settingsOf(this);
    const secrets = secretNames(this);
    const tablePrefix = (this.node.tryGetContext('tablePrefix') as string | undefined) ?? 'soundport_';
    const shared = new SharedResources(this, 'Shared', settings);
    const tables = new Tables(this, 'Tables', tablePrefix);

    const role = new iam.Role(this, 'FunctionRole', {
      description: 'The Soundport functions, least privilege (see README, Running on AWS)',
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AWSLambdaBasicExecutionRole')],
    });
    shared.grantTo(role);
    tables.grantTo(role);

    const code = lambdaCode(this);
    const environment = {
      ...shared.environment(),
      SOUNDPORT_PERSISTENCE: 'dynamodb',
      SOUNDPORT_DYNAMODB_TABLE_PREFIX: tablePrefix,
      SOUNDPORT_JWT_SECRET: secretReference(secrets.jwtSecret),
      SOUNDPORT_SECRETS_KEY: secretReference(secrets.secretsKey),
      // /tmp is the one writable place in Lambda
      SOUNDPORT_DATA_DIR: '/tmp/soundport',
    };
    // SnapStart works on published versions: each function is reached through its alias 'live'
    const live = (name: string, handler: string, timeout: Duration, extra: Record<string, string> = {}) => {
      const fn = new lambda.Function(this, name, {
        // the code is built for Java 17; AWS blocks new java17 functions since 2026-07-31 (SnapStart works on java21)
        runtime: lambda.Runtime.JAVA_21,
        handler,
        code,
        role,
        memorySize: Number(this.node.tryGetContext('functionMemory') ?? 1536),
        timeout,
        snapStart: lambda.SnapStartConf.ON_PUBLISHED_VERSIONS,
        environment: { ...environment, ...extra },
      });
      Annotations.of(fn).acknowledgeWarning('@aws-cdk/aws-lambda:snapStartRequirePublish',
        'every function is published: its alias live points at its current version');
      return new lambda.Alias(this, `${name}Live`, { aliasName: 'live', version: fn.currentVersion });
    };

    // background work runs in the worker functions
    const api = live('ApiFunction', HANDLERS.httpApi, Duration.seconds(30), { SOUNDPORT_WORKERS_ENABLED: 'false' });
    const httpApi = new apigwv2.HttpApi(this, 'HttpApi', {
      defaultIntegration: new HttpLambdaIntegration('Api', api, {
        payloadFormatVersion: apigwv2.PayloadFormatVersion.VERSION_2_0,
      }),
    });

    const worker = live('WorkerFunction', HANDLERS.worker, Duration.seconds(60));
    new events.Rule(this, 'EveryMinute', {
      schedule: events.Schedule.rate(Duration.minutes(1)),
      targets: [new targets.LambdaFunction(worker)],
    });

    // below the queues' visibility timeout (120 s), so that a message is not handed out twice while it runs
    const sqsWorker = live('SqsWorkerFunction', HANDLERS.sqsWorker, Duration.seconds(100));
    shared.queues.forEach((queue) => sqsWorker.addEventSource(new SqsEventSource(queue, {
      batchSize: 10, reportBatchItemFailures: true,
    })));

    new CfnOutput(this, 'ApiUrl', { value: httpApi.apiEndpoint });
    new CfnOutput(this, 'BucketName', { value: shared.bucket.bucketName });
  }
}
