import { paginateScan } from '@aws-sdk/client-dynamodb';
import { dynamoDbLocalClient, SecretWitness } from '@devportal/test-support';
import { describe, expect, inject, it } from 'vitest';
import { send } from '../support/http-answer.js';
import { leaveFootprint } from '../support/organisation-footprint.js';
import { runLedger } from '../support/run-ledger.js';
import { organisationWithEveryRole } from '../support/stack-session.js';

/**
 * Shapes of secrets nobody needs to have witnessed: whatever their value, they must never be
 * stored or logged in plaintext.
 */
const SECRET_SHAPES: Readonly<Record<string, RegExp>> = {
  'a JWT (ID or gateway token)': /eyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]{8,}/,
  'an Authorization header': /authorization["']?\s*[:=]\s*["']?(bearer|basic)\s/i,
  'a bearer credential': /\bbearer\s+[\w.~+/=-]{16,}/i,
  'a private key': /-----BEGIN [A-Z ]*PRIVATE KEY-----/,
  "the bank's access token (UUID-n)":
    /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}-\d+\b/i,
  'a webhook signing secret': /whsec_[\w+/=-]{8,}/,
};

/** Labels of the shapes a text matches. */
function shapesIn(text: string): string[] {
  return Object.entries(SECRET_SHAPES)
    .filter(([, shape]) => shape.test(text))
    .map(([label]) => label);
}

describe('secrets: after every other suite, the whole table and every captured log line', () => {
  it('hold no Client Secret, token, invitation token, private key or Authorization header in plaintext', async () => {
    // Prepare: one of each secret of our own, so the scan is never vacuous when run alone
    await leaveFootprint(await organisationWithEveryRole('secrets'));
    const credentials = await send(
      'GET',
      `${inject('sandboxUrl')}/sandbox/users/romashka.director/test-credentials`,
    );
    runLedger.witness('a test signing key', credentials.body.privateKeyPem.split('\n')[1]);
    const witness = new SecretWitness();
    const witnessed = runLedger.secrets();
    for (const { label, secret } of witnessed) witness.remember(label, secret);
    const lines = runLedger.logLines();
    const client = dynamoDbLocalClient();

    // Act
    const startedAt = performance.now();
    const inTable = await witness.findPlaintext(client, inject('tableName'));
    const inLines = witness.findInLines(lines);
    const shapesInTable: { key: string; shapes: string[] }[] = [];
    let items = 0;
    for await (const page of paginateScan({ client }, { TableName: inject('tableName') })) {
      for (const item of page.Items ?? []) {
        items++;
        const shapes = shapesIn(JSON.stringify(item));
        if (shapes.length > 0) shapesInTable.push({ key: `${item.PK?.S} / ${item.SK?.S}`, shapes });
      }
    }
    const shapesInLines = lines.flatMap(({ source, line }) => {
      const shapes = shapesIn(line);
      return shapes.length > 0 ? [{ source, shapes }] : [];
    });
    client.destroy();
    const seconds = (performance.now() - startedAt) / 1000;

    // Assess
    const kinds = new Set(witnessed.map(({ label }) => label.replace(/ of .*/, '')));
    console.info(
      `secrets: ${witness.size} distinct secrets witnessed (${[...kinds].join(', ')}); ${items} table items and ${lines.length} log lines scanned in ${seconds.toFixed(1)} s; ${inTable.length + inLines.length + shapesInTable.length + shapesInLines.length} plaintext hits`,
    );
    expect(witness.size).toBeGreaterThan(0);
    expect(lines.length).toBeGreaterThan(0);
    expect(inTable).toEqual([]);
    expect(inLines).toEqual([]);
    expect(shapesInTable).toEqual([]);
    expect(shapesInLines).toEqual([]);
  }, 60_000);
});
