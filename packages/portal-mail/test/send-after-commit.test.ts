import { describe, expect, it } from 'vitest';
import { type MailFault, type MailMessage, sendAfterCommit } from '../src/index.js';

const message: MailMessage = {
  to: 'a@example.com',
  kind: 'invitation',
  subject: 'Join',
  text: 'https://portal.example.com/invitations/SECRET-TOKEN',
  html: '<a href="https://portal.example.com/invitations/SECRET-TOKEN">join</a>',
};

describe('sendAfterCommit', () => {
  it('reports a refused send by kind and error, never by its content, and resolves', async () => {
    const faults: MailFault[] = [];
    const refusing = {
      send: async () => {
        throw new Error('connect ECONNREFUSED 127.0.0.1:1025');
      },
    };

    await sendAfterCommit(refusing, message, (fault) => faults.push(fault));

    expect(faults).toEqual([
      { kind: 'invitation', error: 'Error', message: 'connect ECONNREFUSED 127.0.0.1:1025' },
    ]);
    expect(JSON.stringify(faults)).not.toContain('SECRET-TOKEN');
  });

  it('stops waiting for a server that does not answer within the budget', async () => {
    const faults: MailFault[] = [];
    const silent = { send: () => new Promise<void>(() => {}) };
    const started = performance.now();

    await sendAfterCommit(silent, message, (fault) => faults.push(fault), 50);

    expect(performance.now() - started).toBeLessThan(2000);
    expect(faults).toMatchObject([{ kind: 'invitation', error: 'MailBudgetExceeded' }]);
  });

  it('leaves no timer behind once the server accepted the message', async () => {
    const sent: MailMessage[] = [];
    const before = process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;

    await sendAfterCommit({ send: async (m) => void sent.push(m) }, message, () => {}, 60_000);

    expect(sent).toEqual([message]);
    const after = process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
    expect(after).toBeLessThanOrEqual(before);
  });
});
