import { CfnElement, Stack } from 'aws-cdk-lib';
import type { Template } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';

/** The logical id of `construct`'s CloudFormation resource (its own, or its default child's). */
export function logicalIdOf(construct: IConstruct): string {
  const element = construct instanceof CfnElement ? construct : construct.node.defaultChild;
  if (!(element instanceof CfnElement)) throw new Error(`${construct.node.path} has no resource`);
  return Stack.of(element).getLogicalId(element);
}

/** `{ Ref }` of `construct`, as the template writes it. */
export function refTo(construct: IConstruct) {
  return { Ref: logicalIdOf(construct) };
}

/** `{ Fn::GetAtt: [id, 'Arn'] }` of `construct`, as the template writes it. */
export function arnOf(construct: IConstruct) {
  return { 'Fn::GetAtt': [logicalIdOf(construct), 'Arn'] };
}

/** One statement of an IAM policy document, as synthesized. */
export interface Statement {
  readonly Effect: string;
  readonly Action: string | string[];
  readonly Resource: unknown;
  readonly Condition?: unknown;
}

/** Every statement of the policies attached to `role`. */
export function statementsOf(template: Template, role: IConstruct): Statement[] {
  const policies = template.findResources('AWS::IAM::Policy', {
    Properties: { Roles: [refTo(role)] },
  });
  return Object.values(policies).flatMap(
    (policy) => policy.Properties.PolicyDocument.Statement as Statement[],
  );
}

/** The actions of `statement`, always as a list. */
export function actionsOf(statement: Statement): string[] {
  return Array.isArray(statement.Action) ? statement.Action : [statement.Action];
}

/** Every action `role` is allowed on `resource` (compared as synthesized). */
export function actionsOn(template: Template, role: IConstruct, resource: unknown): string[] {
  const same = (a: unknown) => JSON.stringify(a) === JSON.stringify(resource);
  return statementsOf(template, role)
    .filter((s) => (Array.isArray(s.Resource) ? s.Resource.some(same) : same(s.Resource)))
    .flatMap(actionsOf)
    .sort();
}

/** The synthesized resource of `construct`: type, properties and policies. */
export function resourceOf(template: Template, construct: IConstruct) {
  const resource = template.toJSON().Resources?.[logicalIdOf(construct)];
  if (resource === undefined) throw new Error(`${construct.node.path} is not in the template`);
  return resource as {
    Type: string;
    Properties: Record<string, unknown>;
    DeletionPolicy?: string;
    UpdateReplacePolicy?: string;
  };
}

/** The environment variables of a function, as synthesized. */
export function environmentOf(template: Template, handler: IConstruct): Record<string, unknown> {
  const { Environment } = resourceOf(template, handler).Properties as {
    Environment: { Variables: Record<string, unknown> };
  };
  return Environment.Variables;
}
