import { parseSupportContact, type SupportContact } from './support-contact.js';

/** The dev identity provider of `pnpm start`: `POST {url}/register` and `POST {url}/token`. */
export interface DevIdentityConfig {
  readonly kind: 'dev';
  readonly url: string;
}

/** Amazon Cognito's user-pool API (`USER_PASSWORD_AUTH`), as the AWS deployment has it. */
export interface CognitoIdentityConfig {
  readonly kind: 'cognito';
  readonly region: string;
  readonly userPoolClientId: string;
  /** Cognito's API elsewhere than its regional endpoint (an emulator, in tests); optional. */
  readonly endpoint?: string;
}

/** Where the site finds its services; read from `/config.json` so one build serves every runtime. */
export interface RuntimeConfig {
  /** the portal API's origin; empty for the site's own origin */
  readonly apiBaseUrl: string;
  readonly identity: DevIdentityConfig | CognitoIdentityConfig;
  /** the cards gateway: its client-credentials token endpoint and the bank API's base under it */
  readonly gateway: { readonly tokenUrl: string; readonly apiBaseUrl: string };
  /** the support contact shown in the footer and on error pages; none when absent */
  readonly support?: SupportContact;
}

/** Reads `/config.json` next to the site, refusing a file that lacks what the site needs. */
export async function loadRuntimeConfig(fetchConfig = fetch): Promise<RuntimeConfig> {
  const response = await fetchConfig('/config.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`/config.json answered ${response.status}`);
  return parseRuntimeConfig(await response.json());
}

/** Checks the shape of a parsed `/config.json`; throws naming the first missing field. */
export function parseRuntimeConfig(value: unknown): RuntimeConfig {
  const config = objectAt(value, 'config.json');
  const identity = objectAt(config.identity, 'identity');
  const gateway = objectAt(config.gateway, 'gateway');
  const common = {
    apiBaseUrl: textAt(config.apiBaseUrl, 'apiBaseUrl', true),
    gateway: {
      tokenUrl: textAt(gateway.tokenUrl, 'gateway.tokenUrl'),
      apiBaseUrl: textAt(gateway.apiBaseUrl, 'gateway.apiBaseUrl'),
    },
    ...supportOf(config.support),
  };
  if (identity.kind === 'dev') {
    return { ...common, identity: { kind: 'dev', url: textAt(identity.url, 'identity.url') } };
  }
  if (identity.kind === 'cognito') {
    return {
      ...common,
      identity: {
        kind: 'cognito',
        region: textAt(identity.region, 'identity.region'),
        userPoolClientId: textAt(identity.userPoolClientId, 'identity.userPoolClientId'),
        ...(identity.endpoint !== undefined && {
          endpoint: `${textAt(identity.endpoint, 'identity.endpoint')}/`,
        }),
      },
    };
  }
  throw new Error('config.json: identity.kind must be "dev" or "cognito"');
}

function objectAt(value: unknown, name: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error(`config.json: ${name} must be an object`);
  }
  return value as Record<string, unknown>;
}

function textAt(value: unknown, name: string, emptyAllowed = false): string {
  if (typeof value !== 'string' || (!emptyAllowed && value === '')) {
    throw new Error(`config.json: ${name} must be a${emptyAllowed ? '' : ' non-empty'} string`);
  }
  return value.replace(/\/+$/, '');
}

function supportOf(value: unknown): { support?: SupportContact } {
  const support = parseSupportContact(value);
  return support ? { support } : {};
}
