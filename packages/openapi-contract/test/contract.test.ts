import { describe, expect, it } from 'vitest';
import { type Contract, loadContract, parseContract } from '../src/index.js';

const contract: Contract = loadContract(new URL('./fixtures/pets.yaml', import.meta.url));
const PET_ID = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const fields = (violations: { field: string }[]) => violations.map((v) => v.field).sort();

describe('loading', () => {
  it('lists every operation with its vendor extensions', () => {
    expect(contract.operations.map((op) => op.operationId).sort()).toEqual([
      'createPet',
      'getPet',
      'getPhoto',
      'listMyPets',
      'listPets',
      'token',
    ]);
    expect(contract.operationById('listPets').definition['x-scope']).toBe('PETS_READ');
  });

  it('throws for an unknown operationId', () => {
    expect(() => contract.validateRequest('nope', {})).toThrow(/Unknown operationId: nope/);
  });

  it('refuses documents that are not OpenAPI 3.1', () => {
    expect(() => parseContract('swagger: "2.0"\n')).toThrow(/Not an OpenAPI document/);
    expect(() => parseContract('openapi: 3.0.3\npaths: {}\n')).toThrow(/3\.0\.3 is not supported/);
  });
});

describe('operation(method, path)', () => {
  it('matches templates and decodes path parameters', () => {
    expect(contract.operation('GET', `/pets/${PET_ID}`)).toEqual({
      operationId: 'getPet',
      method: 'get',
      pathTemplate: '/pets/{petId}',
      pathParams: { petId: PET_ID },
    });
    expect(contract.operation('get', '/pets/a%20b/photos/7')?.pathParams).toEqual({
      petId: 'a b',
      photoId: '7',
    });
  });

  it('prefers a concrete path over a template', () => {
    expect(contract.operation('GET', '/pets/mine')?.operationId).toBe('listMyPets');
  });

  it('strips a server base path, the query string and a trailing slash', () => {
    expect(contract.operation('GET', '/api/v2/pets?page=1')?.operationId).toBe('listPets');
    expect(contract.operation('POST', '/oauth/token')?.operationId).toBe('token');
    expect(contract.operation('POST', '/pets/')?.operationId).toBe('createPet');
  });

  it('returns undefined for an unknown path or method', () => {
    expect(contract.operation('GET', '/cats')).toBeUndefined();
    expect(contract.operation('DELETE', '/pets')).toBeUndefined();
    expect(contract.operation('GET', `/pets/${PET_ID}/extra`)).toBeUndefined();
  });
});

describe('validateRequest: parameters', () => {
  it('accepts a conforming request and coerces its values', () => {
    const parsed = contract.parseRequest('listPets', {
      query: 'page=2&kinds=CAT,DOG&tag=a&tag=b&verbose=true',
      headers: { 'x-trace': 'deadbeef' },
    });
    expect(parsed.violations).toEqual([]);
    expect(parsed.query).toEqual({
      page: 2,
      kinds: ['CAT', 'DOG'],
      tag: ['a', 'b'],
      verbose: true,
    });
    expect(parsed.headers).toEqual({ 'X-Trace': 'deadbeef' });
  });

  it('reads query records and URLSearchParams alike', () => {
    expect(contract.validateRequest('listPets', { query: { page: '1', kinds: 'FISH' } })).toEqual(
      [],
    );
    expect(
      contract.validateRequest('listPets', { query: new URLSearchParams('page=1&kinds=FISH') }),
    ).toEqual([]);
  });

  it('reports missing required parameters', () => {
    expect(contract.validateRequest('listPets', { query: '' })).toEqual([
      {
        field: 'page',
        message: "must have required query parameter 'page'",
        location: 'query',
        keyword: 'required',
      },
      {
        field: 'kinds',
        message: "must have required query parameter 'kinds'",
        location: 'query',
        keyword: 'required',
      },
    ]);
  });

  it('leaves values that do not coerce for the schema to report', () => {
    const violations = contract.validateRequest('listPets', { query: 'page=abc&kinds=CAT' });
    expect(violations).toEqual([
      { field: 'page', message: 'must be integer', location: 'query', keyword: 'type' },
    ]);
    expect(contract.validateRequest('listPets', { query: 'page=1.5&kinds=CAT' })[0]?.keyword).toBe(
      'type',
    );
  });

  it('reports range, enum and pattern failures with the element index', () => {
    const violations = contract.validateRequest('listPets', {
      query: 'page=0&kinds=CAT,BIRD',
      headers: new Headers({ 'X-Trace': 'nothex!!' }),
    });
    expect(violations.map((v) => [v.field, v.location, v.keyword])).toEqual([
      ['page', 'query', 'minimum'],
      ['kinds[1]', 'query', 'enum'],
      ['X-Trace', 'header', 'pattern'],
    ]);
  });

  it('splits an explode=false list on commas, so an empty list item is reported', () => {
    expect(fields(contract.validateRequest('listPets', { query: 'page=1&kinds=' }))).toEqual([
      'kinds[0]',
    ]);
  });

  it('validates path parameters, declared at path level or operation level', () => {
    expect(contract.validateRequest('getPet', { path: { petId: PET_ID } })).toEqual([]);
    expect(contract.validateRequest('getPet', { path: { petId: 'xyz' } })).toEqual([
      {
        field: 'petId',
        message: `must match pattern "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"`,
        location: 'path',
        keyword: 'pattern',
      },
    ]);
    const parsed = contract.parseRequest('getPhoto', { path: { petId: PET_ID, photoId: '3' } });
    expect(parsed).toMatchObject({ violations: [], path: { petId: PET_ID, photoId: 3 } });
    expect(fields(contract.validateRequest('getPhoto', { path: { petId: PET_ID } }))).toEqual([
      'photoId',
    ]);
  });
});

describe('validateRequest: body', () => {
  const pet = { id: PET_ID, name: 'Murka', kind: 'CAT' };

  it('accepts a conforming JSON body', () => {
    expect(contract.validateRequest('createPet', { body: pet })).toEqual([]);
    expect(
      contract.validateRequest('createPet', {
        body: { ...pet, birthday: '2020-02-29', tags: [{ label: 'calm' }] },
        contentType: 'application/json; charset=utf-8',
      }),
    ).toEqual([]);
  });

  it('requires a required body', () => {
    expect(contract.validateRequest('createPet', {})).toEqual([
      { field: 'body', message: 'must have a request body', location: 'body', keyword: 'required' },
    ]);
  });

  it('names missing and wrong properties by their path', () => {
    const violations = contract.validateRequest('createPet', {
      body: {
        id: 'nope',
        kind: 'BIRD',
        weight: 'heavy',
        birthday: '2020-13-01',
        tags: [{}, { label: 'UP' }],
      },
    });
    expect(violations.map((v) => [v.field, v.keyword])).toEqual([
      ['name', 'required'],
      ['id', 'pattern'],
      ['kind', 'enum'],
      ['birthday', 'format'],
      ['weight', 'type'],
      ['tags[0].label', 'required'],
      ['tags[1].label', 'pattern'],
    ]);
  });

  it('reports a body of the wrong type at its root', () => {
    expect(contract.validateRequest('createPet', { body: [pet] })).toEqual([
      { field: 'body', message: 'must be object', location: 'body', keyword: 'type' },
    ]);
  });

  it('refuses an undeclared media type', () => {
    expect(contract.validateRequest('createPet', { body: pet, contentType: 'text/plain' })).toEqual(
      [
        {
          field: 'content-type',
          message: 'must be one of application/json',
          location: 'content-type',
          keyword: 'contentType',
        },
      ],
    );
  });

  it('coerces form bodies per the properties', () => {
    const parsed = contract.parseRequest('token', {
      body: { grant_type: 'password', max_age: '30' },
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(parsed).toMatchObject({ violations: [], body: { grant_type: 'password', max_age: 30 } });
    expect(
      fields(
        contract.validateRequest('token', {
          body: { max_age: 'soon' },
          contentType: 'application/x-www-form-urlencoded',
        }),
      ),
    ).toEqual(['grant_type', 'max_age']);
  });
});

describe('validateResponse', () => {
  const pet = { id: PET_ID, name: 'Murka', kind: 'CAT', adoptedAt: '2024-02-21T10:00:00Z' };

  it('accepts a conforming response, resolving allOf and $ref', () => {
    expect(contract.validateResponse('listPets', 200, { pets: [pet] }, 'application/json')).toEqual(
      [],
    );
    expect(contract.validateResponse('createPet', 201, pet)).toEqual([]);
  });

  it('reports body violations', () => {
    const violations = contract.validateResponse('listPets', 200, { pets: [{ ...pet, kind: 1 }] });
    expect(violations.map((v) => [v.field, v.keyword])).toEqual([
      ['pets[0].kind', 'type'],
      ['pets[0].kind', 'enum'],
    ]);
  });

  it('refuses an undeclared status', () => {
    expect(contract.validateResponse('getPet', 500, {})).toEqual([
      {
        field: 'status',
        message: 'status 500 is not declared for getPet (declared: 200)',
        location: 'status',
        keyword: 'status',
      },
    ]);
  });

  it('falls back to a status range, then to default', () => {
    expect(
      contract.validateResponse('listPets', 404, { title: 'x' }, 'application/problem+json'),
    ).toEqual([]);
    expect(
      contract.validateResponse('createPet', 409, { title: 'x' }, 'application/problem+json'),
    ).toEqual([]);
    expect(contract.validateResponse('createPet', 409, {}, 'application/problem+json')).toEqual([
      {
        field: 'title',
        message: "must have required property 'title'",
        location: 'body',
        keyword: 'required',
      },
    ]);
  });

  it('checks the media type and the presence of a body', () => {
    expect(contract.validateResponse('listPets', 200, { pets: [] }, 'text/html')[0]?.keyword).toBe(
      'contentType',
    );
    expect(contract.validateResponse('listPets', 200, undefined, 'application/json')).toEqual([
      {
        field: 'body',
        message: 'must have a application/json body',
        location: 'body',
        keyword: 'required',
      },
    ]);
    expect(contract.validateResponse('createPet', 204, undefined)).toEqual([]);
    expect(contract.validateResponse('createPet', 204, { surprise: true })[0]?.keyword).toBe(
      'content',
    );
  });

  it('validates declared headers when headers are given', () => {
    const location = { Location: 'https://cdn.example/p.jpg' };
    expect(contract.validateResponse('getPhoto', 302, undefined, undefined, location)).toEqual([]);
    expect(contract.validateResponse('getPhoto', 302, undefined, undefined, {})).toEqual([
      {
        field: 'Location',
        message: "must have required header 'Location'",
        location: 'header',
        keyword: 'required',
      },
    ]);
    expect(
      contract.validateResponse('getPhoto', 302, undefined, undefined, { location: 'not a uri' })[0]
        ?.keyword,
    ).toBe('format');
    const unavailable = { cause: 'UNAVAILABLE' };
    expect(
      contract.validateResponse('listPets', 503, unavailable, 'application/json', {
        'retry-after': '5',
      }),
    ).toEqual([]);
    expect(
      contract.validateResponse('listPets', 503, unavailable, 'application/json', {
        'retry-after': 'soon',
      })[0],
    ).toMatchObject({ field: 'Retry-After', keyword: 'type' });
  });
});
