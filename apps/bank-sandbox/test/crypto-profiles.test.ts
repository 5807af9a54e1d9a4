import { X509Certificate } from 'node:crypto';
import { generateGostCredentials, SoftwareGostSigner, signLimitChange } from '@devportal/digest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BankSandbox,
  type OrganizationSummary,
  startBankSandbox,
  TEST_CREDENTIALS_PATH,
  type TestSigningCredentials,
} from '../src/index.js';
import { contractFetch } from './support/contract-fetch.js';

let sandbox: BankSandbox;
let call: ReturnType<typeof contractFetch>;
const logLines: string[] = [];

beforeAll(async () => {
  // The sandbox's own GOST pool here, which close() must stop.
  sandbox = await startBankSandbox({ port: 0, log: (line) => logLines.push(line) });
  call = contractFetch(sandbox.url);
});
afterAll(() => sandbox.close());

const organization = (index: number) => sandbox.organizations[index] as OrganizationSummary;
const userOf = (login: string) => {
  const found = sandbox.organizations.flatMap((org) =>
    org.users.filter((user) => user.login === login).map((user) => ({ org, user })),
  )[0];
  if (!found) throw new Error(`no seeded user ${login}`);
  return found;
};
const cryptoInfoAs = async (login: string) => {
  const { org, user } = userOf(login);
  const token = sandbox.issueAccessToken({ organizationId: org.id, userId: user.id });
  return call('/fintech/api/v1/crypto', { token });
};
const testCredentialsUrl = (user: string) =>
  `${sandbox.url}${TEST_CREDENTIALS_PATH.replace('{user}', encodeURIComponent(user))}`;

describe('GET /v1/crypto', () => {
  it("lists exactly the caller's certificates with their signing authority", async () => {
    for (const org of sandbox.organizations) {
      for (const user of org.users) {
        // Act
        const { status, body } = await cryptoInfoAs(user.login);

        // Assess
        expect(status).toBe(200);
        expect(
          body.certificateInfos.map((info: { uuid: string; signAuthority: string }) => [
            info.uuid,
            info.signAuthority,
          ]),
        ).toEqual(user.certificates.map((info) => [info.uuid, info.signAuthority]));
      }
    }
    expect(userOf('romashka.accountant').user.certificates[0]?.signAuthority).toBe('FIRST');
    expect(userOf('newstart.director').user.certificates).toEqual([]);
  });

  it('serves the certificate itself, carrying the serial number, subject and validity it lists', async () => {
    // Act
    const { body } = await cryptoInfoAs('romashka.deputy');

    // Assess
    const [info] = body.certificateInfos;
    const x509 = new X509Certificate(Buffer.from(info.certificate, 'base64'));
    expect(x509.serialNumber.toLowerCase()).toBe(info.serialNumber);
    expect(x509.subject).toBe(info.subject);
    expect(new Date(x509.validFrom).toISOString()).toBe(info.activeFrom);
    expect(new Date(x509.validTo).toISOString()).toBe(info.activeTo);
    const published = await sandbox.signingCredentials('romashka.deputy');
    expect(new X509Certificate(published.certificatePem).raw.toString('base64')).toBe(
      info.certificate,
    );
  });
});

describe('test credentials of seeded users (sandbox-only)', () => {
  it('are published by login or user id at /sandbox/users/{user}/test-credentials, uncached', async () => {
    // Prepare
    const { org, user } = userOf('romashka.director');

    // Act
    const byLogin = await fetch(testCredentialsUrl('romashka.director'));
    const byId = await fetch(testCredentialsUrl(user.id));

    // Assess
    expect(byLogin.status).toBe(200);
    expect(byLogin.headers.get('cache-control')).toBe('no-store');
    const credentials = (await byLogin.json()) as TestSigningCredentials;
    expect(credentials).toEqual({
      organizationId: org.id,
      userId: user.id,
      login: 'romashka.director',
      certificateUuid: user.certificates[0]?.uuid,
      signAuthority: 'SINGLE',
      privateKeyPem: expect.stringContaining('-----BEGIN PRIVATE KEY-----'),
      certificatePem: expect.stringContaining('-----BEGIN CERTIFICATE-----'),
    });
    expect(await byId.json()).toEqual(credentials);
    expect(await sandbox.signingCredentials('romashka.director')).toEqual(credentials);
  });

  it('sign documents the sandbox accepts, as a separately run demo would', async () => {
    // Prepare
    const { org } = userOf('sokolov');
    const credentials = (await (
      await fetch(testCredentialsUrl('sokolov'))
    ).json()) as TestSigningCredentials;
    const signer = new SoftwareGostSigner(credentials);
    const document = {
      businessCardId: org.cards[0]?.businessCardId as string,
      code: 'NON_RENEW',
      externalId: crypto.randomUUID(),
      limit: 90000,
    };

    // Act
    const created = await call('/fintech/api/v1/business-cards/limits', {
      token: sandbox.issueAccessToken({ organizationId: org.id }),
      body: await signLimitChange(document, [signer]),
    });

    // Assess
    expect(created.status).toBe(201);
    expect(created.body.bankStatus).toBe('SIGNED');
  });

  it('are not found for an unknown user or an empty crypto profile', async () => {
    // Act
    const unknown = await fetch(testCredentialsUrl('nobody'));
    const empty = await fetch(testCredentialsUrl('newstart.director'));

    // Assess
    expect([unknown.status, empty.status]).toEqual([404, 404]);
    await expect(sandbox.signingCredentials('newstart.director')).rejects.toThrow(
      'No test signing credentials for newstart.director',
    );
  });

  it('take no injected faults and never reach the log with the key', async () => {
    // Prepare
    sandbox.setFaults({ '*': { errorRate: 1, errorStatus: 503 } });

    try {
      // Act
      const response = await fetch(testCredentialsUrl('vector.director'));

      // Assess
      expect(response.status).toBe(200);
      expect(sandbox.requestLog.at(-1)).toMatchObject({
        operationId: 'sandboxTestCredentials',
        status: 200,
      });
      expect(logLines.join('\n')).not.toContain('PRIVATE KEY');
    } finally {
      sandbox.setFaults({});
    }
  });
});

describe('addCertificate', () => {
  it("adds a certificate made elsewhere to a user's profile, and its signatures verify", async () => {
    // Prepare
    const vector = organization(1);
    const user = vector.users[0] as OrganizationSummary['users'][number];
    const own = await generateGostCredentials({ commonName: 'Partner signing device' });

    // Act
    const added = sandbox.addCertificate(user.id, {
      certificatePem: own.certificatePem,
      signAuthority: 'SINGLE',
    });
    const token = sandbox.issueAccessToken({ organizationId: vector.id, userId: user.id });
    const listed = await call('/fintech/api/v1/crypto', { token });
    const document = {
      businessCardId: vector.cards[0]?.businessCardId as string,
      code: 'NON_RENEW',
      externalId: crypto.randomUUID(),
      limit: 5000,
    };
    const signed = await signLimitChange(document, [new SoftwareGostSigner(own)]);
    const created = await call('/fintech/api/v1/business-cards/limits', { token, body: signed });

    // Assess
    expect(added).toMatchObject({
      uuid: own.certificateUuid,
      subject: 'CN=Partner signing device',
      signAuthority: 'SINGLE',
    });
    expect(listed.body.certificateInfos.map((info: { uuid: string }) => info.uuid)).toContain(
      own.certificateUuid,
    );
    expect(created.status).toBe(201);
    expect(created.body.bankStatus).toBe('SIGNED');
  });
});
