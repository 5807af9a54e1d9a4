import type { Node } from 'constructs';
import { STAGE_NAMES, type StageName, type StagePolicy, stagePolicy } from './stage-settings.js';

/** The values that belong to one deployment rather than to the code (`devportal:<stage>` in cdk.json). */
export interface DeploymentValues {
  /** Origins of the web portal: CORS lets them call the API from a browser. */
  readonly portalOrigins: readonly string[];
  /** The portal's client at SberBusiness ID; its secret is in Secrets Manager, never here. */
  readonly bankOAuthClientId: string;
  /** The bank sandbox's API base URL (the test contour every registered user may call). */
  readonly sandboxApiUrl: string;
  /** The cards gateway's OAuth client at the sandbox. */
  readonly sandboxOAuthClientId: string;
  /**
   * The SES identity the portal sends e-mail from: a domain (or an address) verified in SES in
   * the stack's region, out of the SES sandbox for production.
   */
  readonly sesIdentity: string;
  /** The sender address of the portal's e-mail and of Cognito's messages, of {@link sesIdentity}. */
  readonly mailFrom: string;
  /** Where alarm notifications are mailed; without it they reach the alarm topic only. */
  readonly alarmEmail?: string;
  /**
   * The support contact the web portal shows in its footer and on error pages (`supportEmail`,
   * optionally `supportUrl` in the context); without an e-mail the site shows none.
   */
  readonly support?: { readonly email: string; readonly url?: string };
}

/** Everything a stack of one stage is built from. */
export interface StageSettings extends StagePolicy {
  readonly deployment: DeploymentValues;
}

/** The context key naming the stage. */
export const STAGE_CONTEXT_KEY = 'stage';

/** The context key holding a stage's {@link DeploymentValues}. */
export function deploymentContextKey(stage: StageName): string {
  return `devportal:${stage}`;
}

/**
 * The settings of the stage named by the context (`dev` when none is named), failing with a
 * message that names the missing or malformed value.
 */
export function stageSettingsFrom(node: Node): StageSettings {
  const stage = stageNameOf(node.tryGetContext(STAGE_CONTEXT_KEY) ?? 'dev');
  const key = deploymentContextKey(stage);
  const values: unknown = node.tryGetContext(key);
  if (typeof values !== 'object' || values === null) {
    throw new Error(`Set the context ${key} (see infra/README.md)`);
  }
  return { ...stagePolicy(stage), deployment: deploymentValuesOf(key, values) };
}

function stageNameOf(value: unknown): StageName {
  if (!STAGE_NAMES.includes(value as StageName)) {
    throw new Error(`The context stage must be one of ${STAGE_NAMES.join(', ')}, got ${value}`);
  }
  return value as StageName;
}

function deploymentValuesOf(key: string, values: object): DeploymentValues {
  const record = values as Record<string, unknown>;
  const text = (name: string): string => {
    const value = record[name];
    if (typeof value !== 'string' || value === '') {
      throw new Error(`Set ${key}.${name} to a non-empty string`);
    }
    return value;
  };
  const origins = record.portalOrigins;
  if (!Array.isArray(origins) || !origins.every((origin) => typeof origin === 'string')) {
    throw new Error(`Set ${key}.portalOrigins to a list of origins`);
  }
  const alarmEmail = record.alarmEmail;
  const supportEmail = record.supportEmail;
  const supportUrl = record.supportUrl;
  if (
    supportUrl !== undefined &&
    supportUrl !== '' &&
    !/^https:\/\/[^\s]+$/.test(String(supportUrl))
  ) {
    throw new Error(`Set ${key}.supportUrl to an https address, or leave it empty`);
  }
  return {
    portalOrigins: origins,
    bankOAuthClientId: text('bankOAuthClientId'),
    sandboxApiUrl: text('sandboxApiUrl'),
    sandboxOAuthClientId: text('sandboxOAuthClientId'),
    sesIdentity: text('sesIdentity'),
    mailFrom: text('mailFrom'),
    ...(typeof alarmEmail === 'string' && alarmEmail !== '' && { alarmEmail }),
    ...(typeof supportEmail === 'string' &&
      supportEmail !== '' && {
        support: {
          email: supportEmail,
          ...(typeof supportUrl === 'string' && supportUrl !== '' && { url: supportUrl }),
        },
      }),
  };
}
