import { CfnParameter, SecretValue, Stack } from 'aws-cdk-lib';
import { Settings } from './resources';

/**
 * The deployment's settings: what shapes no IAM policy is a CloudFormation parameter (given at deploy time with
 * --parameters), the optional ones that do are context values (-c sesConfigurationSet=..., -c snsSenderId=...,
 * -c snsPlatformApplicationArn=..., -c queuePrefix=..., -c eventBusName=...).
 */
export function settingsOf(stack: Stack): Settings {
  const parameter = (id: string, description: string) =>
    new CfnParameter(stack, id, { type: 'String', description }).valueAsString;
  const context = (key: string) => stack.node.tryGetContext(key) as string | undefined;
  return {
    publicUrl: parameter('PublicUrl', 'Where users reach the API, e.g. https://api.example.com (SOUNDPORT_PUBLIC_URL)'),
    sesIdentity: parameter('SesIdentity',
      'The verified SES identity mails are sent from, a domain or an address; ses:SendEmail is granted on it only'),
    sesFromAddress: parameter('SesFromAddress', 'The From address of mails (SOUNDPORT_SES_FROM), within SesIdentity'),
    sesConfigurationSet: context('sesConfigurationSet'),
    snsSenderId: context('snsSenderId'),
    snsPlatformApplicationArn: context('snsPlatformApplicationArn'),
    queuePrefix: context('queuePrefix') ?? 'soundport-',
    eventBusName: context('eventBusName') ?? 'soundport',
  };
}

/** The Secrets Manager secrets (names: parameters with defaults) holding the JWT key and the secrets-at-rest key. */
export function secretNames(stack: Stack): { jwtSecret: string; secretsKey: string } {
  return {
    jwtSecret: new CfnParameter(stack, 'JwtSecretName', {
      type: 'String', default: 'soundport/jwt-secret',
      description: 'Secrets Manager secret whose SecretString is the HS256 key of access tokens (at least 32 bytes)',
    }).valueAsString,
    secretsKey: new CfnParameter(stack, 'SecretsKeySecretName', {
      type: 'String', default: 'soundport/secrets-key',
      description: 'Secrets Manager secret whose SecretString is the base64 of the 32-byte key of secrets at rest',
    }).valueAsString,
  };
}

/** A dynamic reference CloudFormation resolves at deploy time: the template never holds the secret. */
export function secretReference(name: string): string {
  return SecretValue.secretsManager(name).unsafeUnwrap();
}
