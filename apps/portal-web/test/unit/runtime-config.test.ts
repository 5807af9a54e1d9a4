import { describe, expect, it } from 'vitest';
import { parseRuntimeConfig } from '../../src/config/runtime-config.js';

const gateway = { tokenUrl: '/oauth/token', apiBaseUrl: '/cards/fintech/api' };

describe('parseRuntimeConfig', () => {
  it('reads the local stack configuration', () => {
    expect(
      parseRuntimeConfig({ apiBaseUrl: '', identity: { kind: 'dev', url: '/idp/' }, gateway }),
    ).toEqual({
      apiBaseUrl: '',
      identity: { kind: 'dev', url: '/idp' },
      gateway,
    });
  });

  it('reads a Cognito configuration', () => {
    const config = parseRuntimeConfig({
      apiBaseUrl: 'https://api.example.com/',
      identity: { kind: 'cognito', region: 'eu-central-1', userPoolClientId: 'abc' },
      gateway,
    });
    expect(config.apiBaseUrl).toBe('https://api.example.com');
    expect(config.identity).toEqual({
      kind: 'cognito',
      region: 'eu-central-1',
      userPoolClientId: 'abc',
    });
  });

  it('reads the endpoint of a Cognito emulator when one is named', () => {
    const config = parseRuntimeConfig({
      apiBaseUrl: '',
      identity: {
        kind: 'cognito',
        region: 'local',
        userPoolClientId: 'abc',
        endpoint: 'http://127.0.0.1:9229/',
      },
      gateway,
    });
    expect(config.identity).toMatchObject({ endpoint: 'http://127.0.0.1:9229/' });
  });

  it.each([
    [null, 'config.json must be an object'],
    [{ apiBaseUrl: '', gateway, identity: { kind: 'saml' } }, 'identity.kind'],
    [
      { apiBaseUrl: '', gateway, identity: { kind: 'cognito', region: 'x' } },
      'identity.userPoolClientId',
    ],
    [{ apiBaseUrl: '', identity: { kind: 'dev', url: '/idp' } }, 'gateway must be an object'],
    [{ identity: { kind: 'dev', url: '/idp' }, gateway }, 'apiBaseUrl'],
  ])('refuses %j naming what is wrong', (value, message) => {
    expect(() => parseRuntimeConfig(value)).toThrow(message);
  });
});

describe('the support contact of /config.json', () => {
  const base = { apiBaseUrl: '', identity: { kind: 'dev', url: '/idp' }, gateway };

  it('is absent when the file names none, and read with its optional help page', () => {
    expect(parseRuntimeConfig(base)).not.toHaveProperty('support');
    expect(
      parseRuntimeConfig({ ...base, support: { email: 'help@bank.example' } }).support,
    ).toEqual({ email: 'help@bank.example' });
    expect(
      parseRuntimeConfig({
        ...base,
        support: { email: 'help@bank.example', url: 'https://bank.example/help' },
      }).support,
    ).toEqual({ email: 'help@bank.example', url: 'https://bank.example/help' });
  });

  it.each([
    [{ email: '' }, 'support.email'],
    [{ email: 'not an address' }, 'support.email'],
    [{ email: 'help@bank.example', url: 'javascript:alert(1)' }, 'support.url'],
    [{ email: 'help@bank.example', url: '' }, 'support.url'],
    ['help@bank.example', 'support must be an object'],
  ])('refuses %j, naming %s', (support, field) => {
    expect(() => parseRuntimeConfig({ ...base, support })).toThrow(field);
  });
});
