import type { FaultCheck } from '../bank-types.js';
import type { OperationContract, SchemaRule } from './operation-contract.js';

/** The values of one request, before serialization. */
export interface RequestValues {
  readonly path?: Readonly<Record<string, unknown>>;
  readonly query?: Readonly<Record<string, unknown>>;
  readonly body?: unknown;
}

/** Problems found in a request, in the shape of the bank's `VALIDATION_FAULT`. */
export interface RequestProblems {
  readonly fieldNames: string[];
  readonly checks: FaultCheck[];
}

const compiledPatterns = new Map<string, RegExp>();

function regex(pattern: string): RegExp {
  let compiled = compiledPatterns.get(pattern);
  if (!compiled) {
    compiled = new RegExp(pattern, 'u');
    compiledPatterns.set(pattern, compiled);
  }
  return compiled;
}

function typeProblem(rule: SchemaRule, value: unknown): string | undefined {
  switch (rule.type) {
    case 'string':
      return typeof value === 'string' ? undefined : 'must be a string';
    case 'integer':
      return Number.isInteger(value) ? undefined : 'must be an integer';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : 'must be a number';
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'must be a boolean';
    case 'array':
      return Array.isArray(value) ? undefined : 'must be an array';
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? undefined
        : 'must be an object';
    default:
      return undefined;
  }
}

/** The first problem of a scalar value, by the keywords that apply to it. */
function scalarProblem(rule: SchemaRule, value: unknown): string | undefined {
  if (rule.enum && !rule.enum.includes(value as string)) {
    return `must be one of ${rule.enum.join(', ')}`;
  }
  if (rule.const !== undefined && value !== rule.const) return `must be ${rule.const}`;
  if (typeof value === 'number') {
    if (rule.minimum !== undefined && value < rule.minimum)
      return `must be at least ${rule.minimum}`;
    if (rule.maximum !== undefined && value > rule.maximum)
      return `must be at most ${rule.maximum}`;
  }
  if (typeof value === 'string') {
    if (rule.minLength !== undefined && value.length < rule.minLength) {
      return `must have at least ${rule.minLength} characters`;
    }
    if (rule.maxLength !== undefined && value.length > rule.maxLength) {
      return `must have at most ${rule.maxLength} characters`;
    }
  }
  if (rule.pattern !== undefined && !regex(rule.pattern).test(String(value))) {
    return `must match ${rule.pattern}`;
  }
  return undefined;
}

function arrayProblem(rule: SchemaRule, value: readonly unknown[]): string | undefined {
  if (rule.minItems !== undefined && value.length < rule.minItems) {
    return `must have at least ${rule.minItems} item(s)`;
  }
  if (rule.maxItems !== undefined && value.length > rule.maxItems) {
    return `must have at most ${rule.maxItems} item(s)`;
  }
  if (rule.uniqueItems && hasRepeatedItems(value)) return 'must not repeat items';
  return undefined;
}

/** Whether two items of an array are equal as JSON; strings (the spec's lists) compare as they are. */
function hasRepeatedItems(value: readonly unknown[]): boolean {
  const distinct = value.every((item) => typeof item === 'string')
    ? new Set(value)
    : new Set(value.map((item) => JSON.stringify(item)));
  return distinct.size !== value.length;
}

/**
 * Whether a value meets a rule. It builds no field names and no messages, so a valid request,
 * the usual case, is checked without allocating; `collect` names the problems of one that fails.
 */
function meets(rule: SchemaRule, value: unknown): boolean {
  if (typeProblem(rule, value)) return false;
  if (Array.isArray(value)) {
    if (arrayProblem(rule, value)) return false;
    const { items } = rule;
    if (items) {
      for (let index = 0; index < value.length; index++) {
        if (!meets(items, value[index])) return false;
      }
    }
    return true;
  }
  if (typeof value === 'object' && value !== null) {
    const record = value as Readonly<Record<string, unknown>>;
    const { required, properties } = rule;
    if (required?.some((name) => record[name] === undefined)) return false;
    if (!properties) return true;
    for (const name in properties) {
      const property = record[name];
      if (property !== undefined && !meets(properties[name] as SchemaRule, property)) return false;
    }
    return true;
  }
  return scalarProblem(rule, value) === undefined;
}

function addProblem(problems: RequestProblems, field: string, message: string): void {
  problems.fieldNames.push(field);
  problems.checks.push({ level: 'ERROR', message: `${field} ${message}`, fields: [field] });
}

function childField(parent: string, name: string): string {
  return parent ? `${parent}.${name}` : name;
}

/** Checks a value against a rule, reporting each problem under the field's name. */
function collect(rule: SchemaRule, value: unknown, field: string, problems: RequestProblems): void {
  if (meets(rule, value)) return;
  const report = (name: string, message: string) => addProblem(problems, name || 'body', message);
  const problem = typeProblem(rule, value);
  if (problem) {
    report(field, problem);
    return;
  }
  if (Array.isArray(value)) {
    const arrayIssue = arrayProblem(rule, value);
    if (arrayIssue) report(field, arrayIssue);
    const { items } = rule;
    if (items) {
      for (const [index, item] of value.entries())
        collect(items, item, `${field}[${index}]`, problems);
    }
    return;
  }
  if (typeof value === 'object' && value !== null) {
    const record = value as Readonly<Record<string, unknown>>;
    for (const name of rule.required ?? []) {
      if (record[name] === undefined) report(childField(field, name), 'is required');
    }
    for (const [name, propertyRule] of Object.entries(rule.properties ?? {})) {
      if (record[name] !== undefined)
        collect(propertyRule, record[name], childField(field, name), problems);
    }
    return;
  }
  const scalarIssue = scalarProblem(rule, value);
  if (scalarIssue) report(field, scalarIssue);
}

/**
 * The problems of a request against its operation's contract (generated from the spec); empty
 * lists when the request is valid.
 */
export function validateRequest(
  contract: OperationContract,
  values: RequestValues,
): RequestProblems {
  const problems: RequestProblems = { fieldNames: [], checks: [] };
  for (const parameter of contract.parameters) {
    const source =
      parameter.in === 'path' ? values.path : parameter.in === 'query' ? values.query : undefined;
    const value = source?.[parameter.name];
    if (value === undefined) {
      if (parameter.required) addProblem(problems, parameter.name, 'is required');
      continue;
    }
    collect(parameter.schema, value, parameter.name, problems);
  }
  if (contract.body) {
    if (values.body !== undefined) collect(contract.body.schema, values.body, '', problems);
    else if (contract.body.required) addProblem(problems, 'body', 'is required');
  }
  return problems;
}
