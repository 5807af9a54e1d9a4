// What the globalSetup provides to every test file through vitest's `inject`.
declare module 'vitest' {
  export interface ProvidedContext {
    /** The endpoint of the DynamoDB Local started for this test run. */
    dynamoDbEndpoint: string;
  }
}

export {};
