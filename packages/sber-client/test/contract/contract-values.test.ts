import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { parse } from 'yaml';
import type {
  BankCause,
  BusinessCardStatus,
  NoticeCause,
  ResourceFaultCause,
  SignAuthority,
  WorkflowFaultCause,
} from '../../src/contract/index.js';
import * as contract from '../../src/contract/index.js';

interface SchemaNode {
  enum?: string[];
  'x-extensible-enum'?: string[];
  'x-value-groups'?: Record<string, string[]>;
  pattern?: string;
  'x-pattern'?: string;
  properties?: Record<string, SchemaNode>;
}

const spec: { components: { schemas: Record<string, SchemaNode> } } = parse(
  readFileSync(new URL('../../../../spec/sber-business-cards.yaml', import.meta.url), 'utf8'),
);
const schemas = spec.components.schemas;

/** Every enum and pattern the spec declares on a schema or on a schema's own property. */
function declaredInSpec(): { where: string; schema: SchemaNode }[] {
  return Object.entries(schemas).flatMap(([name, schema]) => [
    { where: name, schema },
    ...Object.entries(schema.properties ?? {}).map(([property, node]) => ({
      where: `${name}.${property}`,
      schema: node,
    })),
  ]);
}

describe('the contract subpath', () => {
  it('lists the enums of the spec as they are written there', () => {
    // Assess
    expect(contract.businessCardStatusValues).toEqual(schemas.BusinessCardStatus?.enum);
    expect(contract.resourceFaultCauseValues).toEqual(
      schemas.ResourceFault?.properties?.cause?.enum,
    );
    expect(contract.noticeCauseValues).toEqual(schemas.Notice?.properties?.cause?.enum);
    expect(contract.workflowFaultCauseValues).toEqual(
      schemas.WorkflowFault?.properties?.cause?.enum,
    );
    expect(contract.certificateInfoSignAuthorityValues).toEqual(
      schemas.CertificateInfo?.properties?.signAuthority?.enum,
    );
  });

  it('has a value for every enum and every pattern of the spec, and no other', () => {
    // Prepare
    const exported = contract as unknown as Record<string, unknown>;
    const values = Object.keys(exported).filter((name) => name.endsWith('Values'));
    const patterns = Object.keys(exported).filter(
      (name) => name.endsWith('Pattern') && exported[name] instanceof RegExp,
    );

    // Act
    const enums = declaredInSpec().flatMap(({ schema }) => [
      ...(schema.enum ? [schema.enum] : []),
      ...(schema['x-extensible-enum'] ? [schema['x-extensible-enum']] : []),
      ...Object.values(schema['x-value-groups'] ?? {}),
    ]);
    const sources = declaredInSpec().flatMap(({ schema }) => {
      const pattern = schema.pattern ?? schema['x-pattern'];
      return pattern === undefined ? [] : [pattern];
    });

    // Assess
    expect(values.map((name) => exported[name]).sort()).toEqual(enums.sort());
    // A RegExp literal escapes `/`; the pattern it reads is the spec's text.
    const patternTexts = patterns.map((name) =>
      (exported[name] as RegExp).source.replaceAll('\\/', '/'),
    );
    expect(patternTexts.sort()).toEqual(sources.sort());
  });

  it('lists the known document statuses in groups that split them, none in two', () => {
    // Prepare
    const declared = schemas.BankDocumentStatus;
    const groups = [
      contract.bankDocumentStatusAwaitingSignatureValues,
      contract.bankDocumentStatusInProgressValues,
      contract.bankDocumentStatusSuccessfulValues,
      contract.bankDocumentStatusRefusedValues,
    ];

    // Assess
    expect(declared?.enum).toBeUndefined();
    expect(contract.bankDocumentStatusValues).toEqual(declared?.['x-extensible-enum']);
    expect(groups.flat().sort()).toEqual([...contract.bankDocumentStatusValues].sort());
    expect(contract.bankDocumentStatusSuccessfulValues).toEqual(['IMPLEMENTED']);
  });

  it('tells final statuses from the others, an unknown one being in progress', () => {
    // Assess
    expect(contract.bankDocumentStatusSuccessfulValues.every(contract.isFinalBankStatus)).toBe(
      true,
    );
    expect(contract.bankDocumentStatusRefusedValues.every(contract.isFinalBankStatus)).toBe(true);
    expect(contract.bankDocumentStatusRefusedValues.some(contract.isSuccessfulBankStatus)).toBe(
      false,
    );
    for (const status of ['CREATED', 'SIGNED', 'DELIVERED', 'ACCEPTED', 'NEW_STATUS', undefined]) {
      expect(contract.isFinalBankStatus(status)).toBe(false);
    }
    expect(contract.isSuccessfulBankStatus('IMPLEMENTED')).toBe(true);
  });

  it('reads the spec patterns as the bank means them', () => {
    // Assess
    expect(contract.documentUuidPattern.test('ccf62938-cbda-4785-a008-12bd300bef80')).toBe(true);
    expect(contract.documentUuidPattern.test('ccf62938-cbda-4785-a008')).toBe(false);
    expect(contract.limitCodePattern.test('NON_RENEW')).toBe(true);
    expect(contract.limitCodePattern.test('x'.repeat(20))).toBe(false);
    expect(contract.signatureBase64EncodedPattern.test('HlaeIHXX+kJ2/Q==')).toBe(true);
  });

  it('types each list as the union the generated types declare', () => {
    // Assess
    expectTypeOf<
      (typeof contract.businessCardStatusValues)[number]
    >().toEqualTypeOf<BusinessCardStatus>();
    expectTypeOf<
      (typeof contract.resourceFaultCauseValues)[number]
    >().toEqualTypeOf<ResourceFaultCause>();
    expectTypeOf<(typeof contract.noticeCauseValues)[number]>().toEqualTypeOf<NoticeCause>();
    expectTypeOf<
      (typeof contract.workflowFaultCauseValues)[number]
    >().toEqualTypeOf<WorkflowFaultCause>();
    expectTypeOf<
      (typeof contract.certificateInfoSignAuthorityValues)[number]
    >().toEqualTypeOf<SignAuthority>();
    expectTypeOf<BankCause>().toEqualTypeOf<
      ResourceFaultCause | NoticeCause | WorkflowFaultCause
    >();
  });
});
