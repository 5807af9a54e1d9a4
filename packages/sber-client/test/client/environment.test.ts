import { describe, expect, it } from 'vitest';
import { bankServers, createSberClient, SberConfigurationError } from '../../src/index.js';

describe('environment', () => {
  it("maps 'test' and 'production' to the spec's two servers", () => {
    // Act
    const test = createSberClient({ environment: 'test', accessToken: 't' });
    const production = createSberClient({ environment: 'production', accessToken: 't' });

    // Assess
    expect(test.baseUrl).toBe('https://iftfintech.testsbi.sberbank.ru:9443/fintech/api');
    expect(production.baseUrl).toBe('https://fintech.sberbank.ru:9443/fintech/api');
    expect(bankServers).toEqual({ test: test.baseUrl, production: production.baseUrl });
  });

  it('takes any http(s) base URL, without its trailing slash', () => {
    // Act
    const client = createSberClient({
      environment: 'http://127.0.0.1:8080/fintech/api/',
      accessToken: 't',
    });

    // Assess
    expect(client.baseUrl).toBe('http://127.0.0.1:8080/fintech/api');
  });

  it('refuses anything else, and a client without credentials', () => {
    // Act
    const unknown = () => createSberClient({ environment: 'staging', accessToken: 't' });
    const anonymous = () => createSberClient({ environment: 'test' } as never);

    // Assess
    expect(unknown).toThrow(SberConfigurationError);
    expect(anonymous).toThrow(SberConfigurationError);
  });
});
