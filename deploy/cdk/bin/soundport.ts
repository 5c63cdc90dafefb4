#!/usr/bin/env node
import { App } from 'aws-cdk-lib';
import { SoundportContainerStack } from '../lib/container-stack';
import { SoundportServerlessStack } from '../lib/serverless-stack';

// environment-agnostic stacks (no account, no region, no lookups): synth works offline; the account and region
// come from the deploying credentials
const app = new App();
new SoundportServerlessStack(app, 'SoundportServerlessStack', {
  description: 'Soundport on AWS Lambda with DynamoDB',
});
new SoundportContainerStack(app, 'SoundportContainerStack', {
  description: 'Soundport on ECS Fargate with RDS PostgreSQL',
});
