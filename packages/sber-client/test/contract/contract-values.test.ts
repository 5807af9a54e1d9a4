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
    const enums = declaredInSpec().filter(({ schema }) => schema.enum !== undefined);
    const sources = declaredInSpec().flatMap(({ schema }) => {
      const pattern = schema.pattern ?? schema['x-pattern'];
      return pattern === undefined ? [] : [pattern];
    });

    // Assess
    expect(values.map((name) => exported[name]).sort()).toEqual(
      enums.map(({ schema }) => schema.enum).sort(),
    );
    // A RegExp literal escapes `/`; the pattern it reads is the spec's text.
    const patternTexts = patterns.map((name) =>
      (exported[name] as RegExp).source.replaceAll('\\/', '/'),
    );
    expect(patternTexts.sort()).toEqual(sources.sort());
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
