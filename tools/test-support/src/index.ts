export { DynamoDbCommandCounter } from './dynamodb-command-counter.js';
export {
  DYNAMODB_LOCAL_CREDENTIALS,
  DYNAMODB_LOCAL_REGION,
  type DynamoDbLocal,
  type DynamoDbLocalOptions,
  dynamoDbLocalDirectory,
  startDynamoDbLocal,
} from './dynamodb-local.js';
export {
  type DynamoDbTestTable,
  dynamoDbLocalClient,
  useDynamoDbTestTable,
} from './dynamodb-test-table.js';
export { type PlaintextFinding, SecretWitness } from './plaintext-secret-scan.js';
