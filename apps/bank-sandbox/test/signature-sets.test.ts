import {
  certificateFromPem,
  type DigestSignature,
  defaultGostPool,
  limitChangeDigest,
  privateKeyFromPem,
} from '@devportal/digest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BankSandbox,
  DEFAULT_TRANSITION_DELAYS,
  ManualClock,
  type OrganizationSummary,
  SIGNATURE_CHECK_MESSAGES,
  SIGNATURE_FAILURE_MESSAGES,
  SIGNATURE_SET_MESSAGES,
  startBankSandbox,
} from '../src/index.js';
import { contractFetch } from './support/contract-fetch.js';
import { sandboxSigners } from './support/sandbox-signers.js';

const CREATE = '/fintech/api/v1/business-cards/limits';
const { DELIVERED, ACCEPTED, IMPLEMENTED } = DEFAULT_TRANSITION_DELAYS;
const WORKFLOW_FAULT_MESSAGE =
  'Документ сохранен, но обработка ЭП или принятие документа завершились ошибкой. ЭП не может быть принята';
const UNKNOWN_UUID = '22a6dd81-103a-4d3a-8e9b-0ba4b527f5f6';

const pool = defaultGostPool();
const clock = new ManualClock(Date.parse('2026-03-02T09:00:00Z'));
let sandbox: BankSandbox;
let call: ReturnType<typeof contractFetch>;
let romashka: OrganizationSummary;
let signers: ReturnType<typeof sandboxSigners>;

beforeAll(async () => {
  sandbox = await startBankSandbox({ port: 0, clock, gostPool: pool });
  call = contractFetch(sandbox.url);
  romashka = sandbox.organizations[0] as OrganizationSummary;
  signers = sandboxSigners(sandbox, pool);
});
afterAll(() => sandbox.close());

type Change = { businessCardId: string; code: string; externalId: string; limit: number };

function change(): Change {
  return {
    businessCardId: romashka.cards.find((card) => card.status === 'ACTIVE')
      ?.businessCardId as string,
    code: 'NON_RENEW',
    externalId: crypto.randomUUID(),
    limit: 150000,
  };
}

const startsWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
const token = () => sandbox.issueAccessToken({ organizationId: romashka.id });
const create = (body: unknown) => call(CREATE, { token: token(), body });
const stateOf = async (externalId: string) =>
  (await call(`/fintech/api/v1/business-cards/limits/${externalId}/state`, { token: token() }))
    .body;
const signedBy = async (document: Change, ...logins: string[]) =>
  (await signers.sign(document, ...logins)).digestSignatures;
const signatureOf = async (login: string, text: string) =>
  (await signers.signerOf(login)).sign(text);

describe('complete sets of valid signatures: 201, and the document moves on', () => {
  it.each([
    { set: 'one single signature', logins: ['romashka.director'] },
    { set: 'a first and a second signature', logins: ['romashka.accountant', 'romashka.deputy'] },
    { set: 'a second and a first signature', logins: ['romashka.deputy', 'romashka.accountant'] },
  ])('$set', async ({ logins }) => {
    // Prepare
    const document = change();
    const digestSignatures = await signedBy(document, ...logins);

    // Act
    const created = await create({ ...document, digestSignatures });
    clock.advance(DELIVERED + ACCEPTED + IMPLEMENTED);

    // Assess
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ bankStatus: 'SIGNED', digestSignatures });
    expect(await stateOf(document.externalId)).toEqual({ bankStatus: 'IMPLEMENTED' });
  });

  it('a raw 64-byte GOST signature as well as a detached CMS', async () => {
    // Prepare
    const document = change();
    const credentials = await sandbox.signingCredentials('romashka.director');
    const base64Encoded = await pool.sign({
      text: limitChangeDigest(document),
      privateKey: privateKeyFromPem(credentials.privateKeyPem),
      certificate: certificateFromPem(credentials.certificatePem),
      format: 'raw',
    });

    // Act
    const created = await create({
      ...document,
      digestSignatures: [{ base64Encoded, certificateUuid: credentials.certificateUuid }],
    });

    // Assess
    expect(created.status).toBe(201);
    expect(created.body.bankStatus).toBe('SIGNED');
  });
});

describe('no signatures: 201, a draft awaiting signature', () => {
  it.each([
    { request: 'without digestSignatures', signatures: {} },
    { request: 'with an empty list', signatures: { digestSignatures: [] } },
  ])('$request', async ({ signatures }) => {
    // Prepare
    const document = change();

    // Act
    const created = await create({ ...document, ...signatures });
    clock.advance(DELIVERED + ACCEPTED + IMPLEMENTED);

    // Assess
    expect(created.status).toBe(201);
    expect(created.body.bankStatus).toBe('CREATED');
    expect(await stateOf(document.externalId)).toEqual({ bankStatus: 'CREATED' });
  });
});

interface RefusedRow {
  row: string;
  signatures: (document: Change) => Promise<DigestSignature[]>;
  /** the checks' messages and fields; a verification failure's message goes on with its detail */
  checks: { message: string; fields: string[]; detailed?: true }[];
}

const refused: RefusedRow[] = [
  {
    row: 'a lone first signature',
    signatures: (document) => signedBy(document, 'romashka.accountant'),
    checks: [
      {
        message: SIGNATURE_SET_MESSAGES['first-without-second'],
        fields: ['digestSignatures[0]'],
      },
    ],
  },
  {
    row: 'a lone second signature',
    signatures: (document) => signedBy(document, 'romashka.deputy'),
    checks: [
      {
        message: SIGNATURE_SET_MESSAGES['second-without-first'],
        fields: ['digestSignatures[0]'],
      },
    ],
  },
  {
    row: 'a single signature with a first',
    signatures: (document) => signedBy(document, 'romashka.director', 'romashka.accountant'),
    checks: [
      {
        message: SIGNATURE_SET_MESSAGES['single-combined-with-first-or-second'],
        fields: ['digestSignatures[1]'],
      },
    ],
  },
  {
    row: 'the same single signature twice',
    signatures: async (document) => {
      const [single] = await signedBy(document, 'romashka.director');
      return [single, single] as DigestSignature[];
    },
    checks: [
      { message: SIGNATURE_SET_MESSAGES['duplicate-authority'], fields: ['digestSignatures[1]'] },
    ],
  },
  {
    // The contract allows two signatures at most: a third is a VALIDATION_FAULT before any of this.
    row: 'a first signature twice',
    signatures: (document) => signedBy(document, 'romashka.accountant', 'romashka.accountant'),
    checks: [
      { message: SIGNATURE_SET_MESSAGES['duplicate-authority'], fields: ['digestSignatures[1]'] },
    ],
  },
  {
    row: 'an unknown certificate UUID',
    signatures: async (document) => {
      const [single] = await signedBy(document, 'romashka.director');
      return [{ ...(single as DigestSignature), certificateUuid: UNKNOWN_UUID }];
    },
    checks: [
      {
        message: SIGNATURE_CHECK_MESSAGES.unknownCertificate,
        fields: ['digestSignatures[0].certificateUuid'],
      },
    ],
  },
  {
    row: "a certificate of another organisation's user",
    signatures: (document) => signedBy(document, 'vector.director'),
    checks: [
      {
        message: SIGNATURE_CHECK_MESSAGES.unknownCertificate,
        fields: ['digestSignatures[0].certificateUuid'],
      },
    ],
  },
  {
    row: 'a signature over a different digest',
    signatures: async (document) => [
      await signatureOf('romashka.director', limitChangeDigest({ ...document, limit: 1 })),
    ],
    checks: [
      {
        message: SIGNATURE_FAILURE_MESSAGES['content-mismatch'],
        detailed: true,
        fields: ['digestSignatures[0]'],
      },
    ],
  },
  {
    row: 'a valid first with a second over a different digest',
    signatures: async (document) => [
      ...(await signedBy(document, 'romashka.accountant')),
      await signatureOf('romashka.deputy', limitChangeDigest({ ...document, code: 'DAILY' })),
    ],
    checks: [
      {
        message: SIGNATURE_FAILURE_MESSAGES['content-mismatch'],
        detailed: true,
        fields: ['digestSignatures[1]'],
      },
    ],
  },
  {
    row: "another user's CMS under the director's certificate UUID",
    signatures: async (document) => {
      const [other] = await signedBy(document, 'romashka.accountant');
      const director = await sandbox.signingCredentials('romashka.director');
      return [{ ...(other as DigestSignature), certificateUuid: director.certificateUuid }];
    },
    checks: [
      {
        message: SIGNATURE_FAILURE_MESSAGES['certificate-mismatch'],
        detailed: true,
        fields: ['digestSignatures[0]'],
      },
    ],
  },
  {
    row: "another key's raw signature under the director's certificate UUID",
    signatures: async (document) => {
      const other = await sandbox.signingCredentials('romashka.accountant');
      const director = await sandbox.signingCredentials('romashka.director');
      const base64Encoded = await pool.sign({
        text: limitChangeDigest(document),
        privateKey: privateKeyFromPem(other.privateKeyPem),
        certificate: certificateFromPem(other.certificatePem),
        format: 'raw',
      });
      return [{ base64Encoded, certificateUuid: director.certificateUuid }];
    },
    checks: [
      {
        message: SIGNATURE_FAILURE_MESSAGES['signature-mismatch'],
        detailed: true,
        fields: ['digestSignatures[0]'],
      },
    ],
  },
  {
    row: 'a signature that is not a signature',
    signatures: async () => [
      {
        base64Encoded:
          'HlaeIHXXEcGT1bFxo1NlpAzpr+kJ2IQrcxVdvDTep6xjsmD1FDb+6NIyLT+/T24S0mPfVCU75sieOMt71TBS7w==',
        certificateUuid: (await sandbox.signingCredentials('romashka.director')).certificateUuid,
      },
    ],
    checks: [
      {
        message: SIGNATURE_FAILURE_MESSAGES['signature-mismatch'],
        detailed: true,
        fields: ['digestSignatures[0]'],
      },
    ],
  },
];

describe('refused signatures: 202 WORKFLOW_FAULT, the document saved as a draft', () => {
  it.each(refused)('$row', async ({ signatures, checks }) => {
    // Prepare
    const document = change();
    const digestSignatures = await signatures(document);

    // Act
    const answer = await create({ ...document, digestSignatures });
    clock.advance(DELIVERED + ACCEPTED + IMPLEMENTED);

    // Assess
    expect(answer.status).toBe(202);
    expect(answer.body).toMatchObject({ cause: 'WORKFLOW_FAULT', message: WORKFLOW_FAULT_MESSAGE });
    expect(answer.body.checks).toEqual(
      checks.map(({ message, fields, detailed }) => ({
        level: 'ERROR',
        message: detailed ? expect.stringMatching(startsWith(`${message} (`)) : message,
        fields,
      })),
    );
    expect(await stateOf(document.externalId)).toEqual({ bankStatus: 'CREATED' });
  });
});
