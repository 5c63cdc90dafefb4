import { CfnOutput, CfnParameter, Duration, Stack, StackProps } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as ecsPatterns from 'aws-cdk-lib/aws-ecs-patterns';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { SharedResources } from './resources';
import { secretNames, settingsOf } from './settings';

const PORT = 8080;
const DATABASE = 'soundport';

/**
 * The server's container on ECS Fargate behind an Application Load Balancer, on RDS PostgreSQL in private subnets
 * (credentials generated into Secrets Manager), with the same queues, bucket, bus, key, SES and SNS as the
 * serverless stack. The image is a parameter (ContainerImage), e.g. an ECR image built from the Dockerfile.
 */
export class SoundportContainerStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);
    const settings = settingsOf(this);
    const secrets = secretNames(this);
    const image = new CfnParameter(this, 'ContainerImage', {
      type: 'String',
      description: 'The server image (built from the repository Dockerfile), e.g. <account>.dkr.ecr.<region>.amazonaws.com/soundport:0.1.0',
    }).valueAsString;
    const shared = new SharedResources(this, 'Shared', settings);

    // no NAT per AZ: one is enough for the tasks' calls to AWS and partners; the database subnets have no route out
    const vpc = new ec2.Vpc(this, 'Vpc', {
      maxAzs: 2,
      natGateways: 1,
      subnetConfiguration: [
        { name: 'public', subnetType: ec2.SubnetType.PUBLIC },
        { name: 'app', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
        { name: 'db', subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
      ],
    });

    const db = new rds.DatabaseInstance(this, 'Database', {
      engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_17 }),
      instanceType: ec2.InstanceType.of(ec2.InstanceClass.T4G, ec2.InstanceSize.SMALL),
      vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
      credentials: rds.Credentials.fromGeneratedSecret('soundport'),
      databaseName: DATABASE,
      storageEncrypted: true,
      allocatedStorage: 20,
      maxAllocatedStorage: 200,
      backupRetention: Duration.days(7),
      deletionProtection: true,
      publiclyAccessible: false,
    });

    const task = new ecs.FargateTaskDefinition(this, 'Task', { cpu: 1024, memoryLimitMiB: 2048 });
    // the root filesystem is read-only: the data directory and the JVM's temporary files get volumes of their own
    task.addVolume({ name: 'data' });
    task.addVolume({ name: 'tmp' });
    const jwtSecret = secretsmanager.Secret.fromSecretNameV2(this, 'JwtSecret', secrets.jwtSecret);
    const secretsKey = secretsmanager.Secret.fromSecretNameV2(this, 'SecretsKey', secrets.secretsKey);
    const container = task.addContainer('server', {
      image: ecs.ContainerImage.fromRegistry(image),
      portMappings: [{ containerPort: PORT }],
      readonlyRootFilesystem: true,
      logging: ecs.LogDrivers.awsLogs({ streamPrefix: 'soundport' }),
      environment: {
        ...shared.environment(),
        SOUNDPORT_PERSISTENCE: 'postgres',
        DATABASE_URL: `jdbc:postgresql://${db.dbInstanceEndpointAddress}:${db.dbInstanceEndpointPort}/${DATABASE}`,
        SOUNDPORT_DATA_DIR: '/data',
        SOUNDPORT_LOG_FORMAT: 'json',
        AWS_REGION: this.region,
      },
      // injected by ECS when the task starts: never in the template or the task definition
      secrets: {
        DATABASE_USER: ecs.Secret.fromSecretsManager(db.secret!, 'username'),
        DATABASE_PASSWORD: ecs.Secret.fromSecretsManager(db.secret!, 'password'),
        SOUNDPORT_JWT_SECRET: ecs.Secret.fromSecretsManager(jwtSecret),
        SOUNDPORT_SECRETS_KEY: ecs.Secret.fromSecretsManager(secretsKey),
      },
      healthCheck: {
        command: ['CMD-SHELL', `curl -fsS http://localhost:${PORT}/health/readiness || exit 1`],
        interval: Duration.seconds(15),
        timeout: Duration.seconds(5),
        retries: 3,
        startPeriod: Duration.seconds(60),
      },
    });
    container.addMountPoints(
      { sourceVolume: 'data', containerPath: '/data', readOnly: false },
      { sourceVolume: 'tmp', containerPath: '/tmp', readOnly: false },
    );
    shared.grantTo(task.taskRole);

    const service = new ecsPatterns.ApplicationLoadBalancedFargateService(this, 'Service', {
      cluster: new ecs.Cluster(this, 'Cluster', { vpc, containerInsightsV2: ecs.ContainerInsights.ENABLED }),
      taskDefinition: task,
      desiredCount: 2,
      // a deployment starts the new tasks before it stops the old ones
      minHealthyPercent: 100,
      maxHealthyPercent: 200,
      publicLoadBalancer: true,
      taskSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
      healthCheckGracePeriod: Duration.seconds(90),
      circuitBreaker: { rollback: true },
    });
    service.targetGroup.configureHealthCheck({
      path: '/health/readiness',
      healthyHttpCodes: '200',
      interval: Duration.seconds(15),
      healthyThresholdCount: 2,
      unhealthyThresholdCount: 3,
    });
    // the server answers slow clients itself; connections drain within its graceful-shutdown period (20 s)
    service.targetGroup.setAttribute('deregistration_delay.timeout_seconds', '30');
    service.loadBalancer.setAttribute('routing.http.drop_invalid_header_fields.enabled', 'true');
    db.connections.allowDefaultPortFrom(service.service, 'the Soundport tasks');

    new CfnOutput(this, 'Url', { value: `http://${service.loadBalancer.loadBalancerDnsName}/` });
    new CfnOutput(this, 'DatabaseSecretArn', { value: db.secret!.secretArn });
    new CfnOutput(this, 'Protocol', { value: elbv2.ApplicationProtocol.HTTP });
  }
}
