import { afterEach, describe, expect, it, vi } from 'vitest';
import { powertools, withPowertools } from '../../src/index.js';

afterEach(() => vi.restoreAllMocks());

/** The JSON lines written to stdout while `act` runs. */
async function stdoutLinesOf(act: () => Promise<unknown>): Promise<Record<string, unknown>[]> {
  const written: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    written.push(String(chunk));
    return true;
  });
  await act().catch(() => undefined);
  vi.restoreAllMocks();
  return written
    .join('')
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** The parts of Lambda's context the Powertools logger reads. */
const lambdaContext = {
  functionName: 'devportal-status-sync',
  functionVersion: '$LATEST',
  invokedFunctionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:devportal-status-sync',
  memoryLimitInMB: '512',
  awsRequestId: 'lambda-request-1',
  getRemainingTimeInMillis: () => 60_000,
};

describe('withPowertools', () => {
  it('flushes the metrics of a failed invocation and rethrows its error', async () => {
    // Prepare
    vi.stubEnv('POWERTOOLS_METRICS_NAMESPACE', 'Devportal/test');
    vi.stubEnv('POWERTOOLS_SERVICE_NAME', 'status-sync');
    const tools = powertools();
    const handler = withPowertools(tools, async (_event: { n: number }) => {
      tools.metrics.addMetric('DocumentsChecked', 'Count', 3);
      throw new Error('the bank is down');
    });

    // Act
    let failure: unknown;
    const lines = await stdoutLinesOf(() =>
      handler({ n: 1 }, lambdaContext).catch((error: unknown) => {
        failure = error;
      }),
    );
    vi.unstubAllEnvs();

    // Assess
    expect(failure).toEqual(new Error('the bank is down'));
    expect(lines).toContainEqual(
      expect.objectContaining({ service: 'status-sync', DocumentsChecked: 3 }),
    );
  });

  it('returns what the handler returns and logs through the Powertools logger as JSON', async () => {
    // Prepare
    vi.stubEnv('POWERTOOLS_SERVICE_NAME', 'portal-api');
    vi.stubEnv('POWERTOOLS_METRICS_NAMESPACE', 'Devportal/test');
    const tools = powertools();
    const handler = withPowertools(tools, async (event: { n: number }) => {
      tools.logger.info('handled', { n: event.n });
      return event.n * 2;
    });

    // Act
    let result: number | undefined;
    const lines = await stdoutLinesOf(async () => {
      result = await handler({ n: 21 }, lambdaContext);
    });
    vi.unstubAllEnvs();

    // Assess
    expect(result).toBe(42);
    expect(lines).toContainEqual(
      expect.objectContaining({
        level: 'INFO',
        message: 'handled',
        service: 'portal-api',
        n: 21,
        function_request_id: 'lambda-request-1',
      }),
    );
  });
});
