import { Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/** A cdk-nag rule set aside, and why. */
export interface Acknowledgement {
  readonly id: string;
  readonly reason: string;
}

/**
 * Acknowledges a cdk-nag rule on `construct`'s own CloudFormation resource only: acknowledging the
 * construct would also cover everything it contains (a route's permission, a pool's clients).
 */
export function acknowledgeOnResource(
  construct: IConstruct,
  acknowledgement: Acknowledgement,
): void {
  const resource = construct.node.defaultChild;
  if (resource === undefined) {
    throw new Error(
      `${construct.node.path} has no resource to acknowledge ${acknowledgement.id} on`,
    );
  }
  Validations.of(resource).acknowledge(acknowledgement);
}
