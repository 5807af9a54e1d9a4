import { describe, expect, it } from 'vitest';
import {
  accessRequestDecisionMail,
  invitationMail,
  passwordResetCodeMail,
  quotaWarningMail,
  webhookFailingMail,
} from '../src/index.js';

const invitation = {
  to: 'new@example.com',
  organisationName: 'Acme <script>alert(1)</script>',
  role: 'Administrator',
  inviter: 'Анна "Owner" Петрова',
  acceptUrl: 'https://portal.example.com/invitations/tok_abc?x=1&y=2',
  expiresAt: '2026-12-14T10:00:00.000Z',
} as const;

describe('invitation mail', () => {
  it('names the organisation, the role in the language, the inviter and the link', () => {
    const en = invitationMail({ ...invitation, language: 'en' });
    expect(en.subject).toBe(`Анна "Owner" Петрова invites you to ${invitation.organisationName}`);
    expect(en.text).toContain('as Administrator');
    expect(en.text).toContain(`Accept the invitation: ${invitation.acceptUrl}`);
    expect(en.text).toContain('valid until 2026-12-14');

    const ru = invitationMail({ ...invitation, language: 'ru' });
    expect(ru.text).toContain('с ролью «Администратор»');
    expect(ru.text).toContain(`Принять приглашение: ${invitation.acceptUrl}`);
    expect(ru.kind).toBe('invitation');
  });

  it('escapes every piece of the HTML, so names add no markup', () => {
    const { html } = invitationMail({ ...invitation, language: 'en' });
    expect(html).not.toContain('<script>');
    expect(html).toContain('Acme &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Анна &quot;Owner&quot; Петрова');
    expect(html).toContain(
      '<a href="https://portal.example.com/invitations/tok_abc?x=1&amp;y=2">Accept the invitation</a>',
    );
  });
});

describe('the other messages', () => {
  it('says whether access was approved or rejected, with the comment', () => {
    const base = {
      to: 'c@example.com',
      organisationName: 'Acme',
      productName: 'Business cards',
      requestsUrl: 'https://portal.example.com/orgs/o1/access-requests',
    };
    const approved = accessRequestDecisionMail({
      ...base,
      language: 'en',
      decision: 'approved',
      comment: 'Contract signed',
    });
    expect(approved.subject).toBe('Access to Business cards approved');
    expect(approved.text).toContain("Operator's comment: Contract signed");
    const rejected = accessRequestDecisionMail({ ...base, language: 'ru', decision: 'rejected' });
    expect(rejected.subject).toBe('Доступ к Business cards отклонён');
    expect(rejected.text).not.toContain('Комментарий');
  });

  it('warns of a quota share and of a failing webhook endpoint', () => {
    const quota = quotaWarningMail({
      to: 'o@example.com',
      language: 'ru',
      organisationName: 'Acme',
      applicationName: 'ERP',
      productName: 'Business cards',
      thresholdPercent: 80,
      limit: 1000,
      period: 'day',
      usageUrl: 'https://portal.example.com/orgs/o1/analytics',
    });
    expect(quota.subject).toBe('ERP: израсходовано 80 % дневной квоты');
    expect(quota.text).toContain('(1000 вызовов)');
    const webhook = webhookFailingMail({
      to: 'o@example.com',
      language: 'en',
      organisationName: 'Acme',
      endpoint: 'https://hooks.example.com/in',
      consecutiveFailures: 5,
      lastFailure: 'HTTP 503',
      webhooksUrl: 'https://portal.example.com/orgs/o1/webhooks',
    });
    expect(webhook.text).toContain('The last 5 deliveries');
    expect(webhook.text).toContain('the last one: HTTP 503.');
  });
});

describe('password reset code mail', () => {
  const reset = {
    to: 'p@example.com',
    name: 'Пётр <b>',
    code: '01234567',
    expiresAt: new Date('2026-12-07T07:30:00.000Z'),
  };

  it('carries the code and its expiry in the person language, and no link', () => {
    const en = passwordResetCodeMail({ ...reset, language: 'en' });
    const ru = passwordResetCodeMail({ ...reset, language: 'ru' });

    expect(en.subject).toBe('Your password reset code');
    expect(en.text).toContain('password on the developer portal: 01234567');
    expect(en.text).toContain('valid until 2026-12-07 07:30 UTC');
    expect(ru.subject).toBe('Код для смены пароля');
    expect(ru.text).toContain('нового пароля на портале разработчиков: 01234567');
    expect(en.html).not.toContain('<a ');
    expect(en.html).toContain('Пётр &lt;b&gt;');
    expect(en.kind).toBe('password_reset_code');
  });
});
