import {
  type ReceivedRequest,
  type Reply,
  ScriptedServer,
} from '@devportal/http-transport/testing';

/** A JWT-shaped token the fake portal accepts. */
export const personToken = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1LTEifQ.c2lnbmF0dXJlLTE';

interface StoredOrganization {
  readonly id: string;
  name: string;
  readonly createdAt: string;
}

/** A reply with a status (the fake portal never cuts a connection). */
type Answer = Extract<Reply, { status: number }>;

function problem(status: number, title: string, extra: Record<string, unknown> = {}): Answer {
  return {
    status,
    headers: { 'content-type': 'application/problem+json', 'x-request-id': `req-${status}` },
    body: { type: 'about:blank', title, status, requestId: `req-${status}`, ...extra },
  };
}

/**
 * A loopback portal that answers the organisation operations as spec/portal.yaml says: problem
 * details, cursor pagination, bearer tokens; like the portal, it names each answer's request in
 * `x-request-id` (`req-<n>` for the n-th request, a problem's `requestId` for a problem). Tests that need faults script the server instead and
 * call `answerPerSpec()` to return to this behaviour.
 */
export class FakePortal extends ScriptedServer {
  readonly organizations: StoredOrganization[] = [];
  /** tokens the portal accepts as a person's */
  readonly acceptedTokens = new Set([personToken]);

  override async listen(): Promise<this> {
    await super.listen();
    this.answerPerSpec();
    return this;
  }

  /** Seeds `count` organisations named `Org 1` … `Org n`, answers per the spec, forgets requests. */
  seed(count: number): void {
    this.answerPerSpec();
    this.organizations.length = 0;
    for (let index = 1; index <= count; index++) {
      this.organizations.push({
        id: `org-${index}`,
        name: `Org ${index}`,
        createdAt: '2026-11-23T10:00:00Z',
      });
    }
  }

  answerPerSpec(): void {
    this.script((request, index) => {
      const reply = this.#answer(request);
      return { ...reply, headers: { 'x-request-id': `req-${index + 1}`, ...reply.headers } };
    });
  }

  #answer(request: ReceivedRequest): Answer {
    const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    if (!token || !this.acceptedTokens.has(token)) return problem(401, 'Unauthenticated');
    const url = new URL(request.url, 'http://portal');
    const orgId = /^\/v1\/organizations\/([^/]+)$/.exec(url.pathname)?.[1];
    if (url.pathname === '/v1/organizations' && request.method === 'GET') return this.#list(url);
    if (url.pathname === '/v1/organizations' && request.method === 'POST') {
      return this.#create(request.body);
    }
    const organization = this.organizations.find((candidate) => candidate.id === orgId);
    if (!organization) return problem(404, 'Not Found', { code: 'organization_not_found' });
    if (request.method === 'GET') return { status: 200, body: this.#view(organization) };
    if (request.method === 'DELETE') {
      this.organizations.splice(this.organizations.indexOf(organization), 1);
      return { status: 204 };
    }
    organization.name = (JSON.parse(request.body) as { name: string }).name;
    return { status: 200, body: this.#view(organization) };
  }

  #list(url: URL): Answer {
    const limit = Number(url.searchParams.get('limit') ?? 20);
    const cursor = url.searchParams.get('cursor');
    const start = cursor === null ? 0 : Number(Buffer.from(cursor, 'base64url').toString());
    const items = this.organizations
      .slice(start, start + limit)
      .map((organization) => ({ ...this.#view(organization), createdAt: undefined }));
    const next = start + limit;
    const nextCursor =
      next < this.organizations.length
        ? Buffer.from(String(next)).toString('base64url')
        : undefined;
    return { status: 200, body: { items, nextCursor } };
  }

  #create(body: string): Answer {
    const { name } = JSON.parse(body) as { name?: string };
    if (typeof name !== 'string' || name.trim() !== name || name === '') {
      return problem(400, 'Bad Request', {
        code: 'validation_failed',
        detail: 'The request breaks the contract.',
        errors: [{ field: 'body.name', message: 'must be a name without outer spaces' }],
      });
    }
    const organization = {
      id: `org-${this.organizations.length + 1}`,
      name,
      createdAt: '2026-11-23T11:00:00Z',
    };
    this.organizations.push(organization);
    return { status: 201, body: this.#view(organization) };
  }

  #view(organization: StoredOrganization) {
    return { ...organization, role: 'Owner', test: false };
  }
}
