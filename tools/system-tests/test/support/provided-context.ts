// What the system tests' globalSetup provides to every test file through vitest's `inject`.
declare module 'vitest' {
  export interface ProvidedContext {
    /** The stack's front door: portal API `/v1`, identity provider `/idp`, gateway `/cards`. */
    stackUrl: string;
    /** The gateway's client-credentials endpoint. */
    gatewayTokenUrl: string;
    /** The bank's API through the gateway. */
    gatewayApiBaseUrl: string;
    /** The stack's bank sandbox (its origin). */
    sandboxUrl: string;
    /** The stack's DynamoDB Local and table. */
    dynamoDbEndpoint: string;
    tableName: string;
    /** The stack's local mail server's web inbox (MailDev's REST API at `/email`). */
    mailInboxUrl: string;
    /** Reads the stack's sandbox request counts (the sandbox object lives in the setup's process). */
    controlUrl: string;
    /** Where suites leave the secrets they saw and the log lines they captured, for the final scan. */
    runDirectory: string;
  }
}

export {};
