import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BankSandbox, startBankSandbox } from '../src/index.js';

let sandbox: BankSandbox;

beforeAll(async () => {
  sandbox = await startBankSandbox({ port: 0 });
});
afterAll(() => sandbox.close());

describe('GET /sandbox/users', () => {
  it('lists every seeded user with their organisation, card count and signing authorities', async () => {
    const answer = await fetch(`${sandbox.url}/sandbox/users`);
    const { users } = (await answer.json()) as { users: Record<string, unknown>[] };

    expect(answer.status).toBe(200);
    expect(users.map((user) => user.login)).toEqual(
      sandbox.organizations.flatMap((organization) => organization.users.map((user) => user.login)),
    );
    expect(users[0]).toMatchObject({
      login: 'romashka.director',
      organization: { name: 'ООО «Ромашка»' },
      cardCount: 263,
      signAuthorities: ['SINGLE'],
    });
    expect(users.find((user) => user.login === 'newstart.director')).toMatchObject({
      cardCount: 0,
      signAuthorities: [],
    });
    expect(JSON.stringify(users)).not.toMatch(/PRIVATE KEY|certificatePem/);
  });
});
