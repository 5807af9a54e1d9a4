import { randomBytes } from 'node:crypto';
import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AwsJsonAnswer } from '@devportal/test-support/aws-json-answer';
import type { LoopbackKms } from '@devportal/test-support/loopback-kms';
import type { LoopbackSecretsManager } from '@devportal/test-support/loopback-secrets-manager';
import type { LoopbackSqs } from '@devportal/test-support/loopback-sqs';
import type { LambdaApiAnswer, LoopbackLambda } from './loopback-lambda.js';

/** AWS calls by `Service.Operation`, e.g. `{ 'DynamoDB.GetItem': 2, 'KMS.Decrypt': 1 }`. */
export type AwsCallCounts = Readonly<Record<string, number>>;

/** An execution environment's session credentials, as Lambda sets them in its variables. */
export interface AwsCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken: string;
}

/** A message an SES v2 `SendEmail` call carried, as the functions' mail reaches SES. */
export interface SentEmail {
  readonly from: string;
  readonly to: readonly string[];
  readonly subject: string;
  readonly text: string;
}

/** The path of SES v2's `SendEmail` (a REST path, not a JSON target). */
const SES_SEND_EMAIL_PATH = '/v2/email/outbound-emails';

/** What stands behind the endpoint. */
export interface LoopbackAwsServices {
  /** DynamoDB Local's endpoint: DynamoDB calls are forwarded there. */
  readonly dynamoDbEndpoint: string;
  /** The access key DynamoDB Local knows the tables under (it keeps a database per key). */
  readonly dynamoDbAccessKeyId: string;
  readonly kms: LoopbackKms;
  readonly secretsManager: LoopbackSecretsManager;
  readonly sqs: LoopbackSqs;
  readonly lambda: LoopbackLambda;
}

const SERVICES: Readonly<Record<string, string>> = {
  DynamoDB_20120810: 'DynamoDB',
  TrentService: 'KMS',
  secretsmanager: 'SecretsManager',
  AmazonSQS: 'SQS',
};

/**
 * One loopback endpoint for the AWS services the functions call, as the SDK reaches them through
 * `AWS_ENDPOINT_URL_<SERVICE>`: DynamoDB forwarded to DynamoDB Local, KMS, Secrets Manager and
 * SQS answered in memory, Lambda's `Invoke` (a REST path, not a JSON target) queued to the
 * harness's functions, SES v2's `SendEmail` kept as {@link sentEmails} lists them. Each call is counted for the environment whose credentials signed it (the
 * access key in the SigV4 `Authorization` header; nothing else of the header is read or kept).
 */
export class LoopbackAws {
  private readonly callers = new Map<string, (operation: string) => void>();
  private readonly totals: Record<string, number> = {};
  private readonly emails: SentEmail[] = [];

  private constructor(
    private readonly server: Server,
    /** The endpoint's origin, e.g. `http://127.0.0.1:40123`. */
    readonly url: string,
    private readonly services: LoopbackAwsServices,
  ) {}

  static async start(services: LoopbackAwsServices): Promise<LoopbackAws> {
    let aws: LoopbackAws | undefined;
    const server = createServer((request, response) => {
      void aws?.serve(request, response).catch(() => response.destroy());
    });
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    const { port } = server.address() as AddressInfo;
    aws = new LoopbackAws(server, `http://127.0.0.1:${port}`, services);
    return aws;
  }

  /** The variables that point a function's SDK clients here. */
  endpointVariables(): Record<string, string> {
    return {
      AWS_ENDPOINT_URL_DYNAMODB: this.url,
      AWS_ENDPOINT_URL_KMS: this.url,
      AWS_ENDPOINT_URL_SECRETS_MANAGER: this.url,
      AWS_ENDPOINT_URL_SQS: this.url,
      AWS_ENDPOINT_URL_LAMBDA: this.url,
      AWS_ENDPOINT_URL_SESV2: this.url,
    };
  }

  /** The messages sent through SES since the start, in the order they came. */
  sentEmails(): readonly SentEmail[] {
    return [...this.emails];
  }

  /** Fresh credentials whose calls are reported to `onCall`. */
  issueCredentials(onCall: (operation: string) => void): AwsCredentials {
    // Letters and digits only: DynamoDB Local rejects other access keys.
    const accessKeyId = `ASIA${randomBytes(8).toString('hex').toUpperCase()}`;
    this.callers.set(accessKeyId, onCall);
    return {
      accessKeyId,
      secretAccessKey: randomBytes(20).toString('hex'),
      sessionToken: randomBytes(32).toString('base64'),
    };
  }

  revokeCredentials(credentials: AwsCredentials): void {
    this.callers.delete(credentials.accessKeyId);
  }

  /** Calls by operation since the start (or the last {@link resetTotals}), from every environment. */
  callTotals(): AwsCallCounts {
    return { ...this.totals };
  }

  resetTotals(): void {
    for (const operation of Object.keys(this.totals)) delete this.totals[operation];
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((closed) => this.server.close(() => closed()));
  }

  private async serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = request.url ?? '/';
    const [prefix = '', target = ''] = String(request.headers['x-amz-target']).split('.');
    const lambda = this.services.lambda.serves(path);
    const ses = path === SES_SEND_EMAIL_PATH;
    const service = lambda ? 'Lambda' : ses ? 'SESv2' : SERVICES[prefix];
    if (!service) {
      response.writeHead(400).end();
      return;
    }
    const operation = lambda ? 'Invoke' : ses ? 'SendEmail' : target;
    const name = `${service}.${operation}`;
    this.totals[name] = (this.totals[name] ?? 0) + 1;
    const accessKeyId = accessKeyOf(request.headers.authorization);
    if (accessKeyId) this.callers.get(accessKeyId)?.(name);
    const body = await bodyOf(request);
    if (lambda) {
      const invocationType = request.headers['x-amz-invocation-type'];
      const type = typeof invocationType === 'string' ? invocationType : undefined;
      answerLambda(response, this.services.lambda.handle(path, type, body));
      return;
    }
    if (ses) {
      this.emails.push(sentEmailOf(JSON.parse(body.toString('utf8'))));
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ MessageId: randomBytes(8).toString('hex') }));
      return;
    }
    if (service === 'DynamoDB') {
      await this.forwardToDynamoDb(request, body, response);
      return;
    }
    const input = JSON.parse(body.toString('utf8') || '{}') as Record<string, unknown>;
    const answer =
      service === 'KMS'
        ? this.services.kms.handle(operation, input)
        : service === 'SQS'
          ? this.services.sqs.handle(operation, input)
          : this.services.secretsManager.handle(operation, input);
    answerJson(response, answer);
  }

  /**
   * Forwards a DynamoDB call as it came, but signed with the access key DynamoDB Local holds the
   * tables under (it checks no signature, and keeps one database per access key).
   */
  private forwardToDynamoDb(
    request: IncomingMessage,
    body: Buffer,
    response: ServerResponse,
  ): Promise<void> {
    const target = new URL(this.services.dynamoDbEndpoint);
    const headers = { ...request.headers, host: target.host };
    headers.authorization = String(request.headers.authorization).replace(
      /Credential=[^/]+\//,
      `Credential=${this.services.dynamoDbAccessKeyId}/`,
    );
    return new Promise((done, fail) => {
      const forwarded = httpRequest(
        {
          host: target.hostname,
          port: target.port,
          method: request.method,
          path: request.url,
          headers,
        },
        (answer) => {
          response.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(response);
          answer.on('end', done);
        },
      );
      forwarded.on('error', fail);
      forwarded.end(body);
    });
  }
}

/** The access key of a SigV4 `Authorization` header, nothing else of it. */
function accessKeyOf(authorization: string | undefined): string | undefined {
  return authorization ? /Credential=([^/]+)\//.exec(authorization)?.[1] : undefined;
}

async function bodyOf(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function answerLambda(response: ServerResponse, answer: LambdaApiAnswer): void {
  const headers = { ...answer.headers, ...(answer.body && { 'content-type': 'application/json' }) };
  response.writeHead(answer.status, headers);
  response.end(answer.body && JSON.stringify(answer.body));
}

function answerJson(response: ServerResponse, answer: AwsJsonAnswer): void {
  response.writeHead(answer.status, { 'content-type': 'application/x-amz-json-1.1' });
  response.end(JSON.stringify(answer.body));
}

/** The parts of a `SendEmail` request a test reads. */
function sentEmailOf(request: {
  FromEmailAddress?: string;
  Destination?: { ToAddresses?: string[] };
  Content?: { Simple?: { Subject?: { Data?: string }; Body?: { Text?: { Data?: string } } } };
}): SentEmail {
  const simple = request.Content?.Simple;
  return {
    from: request.FromEmailAddress ?? '',
    to: request.Destination?.ToAddresses ?? [],
    subject: simple?.Subject?.Data ?? '',
    text: simple?.Body?.Text?.Data ?? '',
  };
}
