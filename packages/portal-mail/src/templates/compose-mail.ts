import type { MailKind, MailMessage } from '../mail-message.js';
import { escapeHtml } from './html-escape.js';

/** What every message is made of: a subject, paragraphs of plain text, and perhaps one link. */
export interface MailContent {
  readonly to: string;
  readonly kind: MailKind;
  readonly subject: string;
  readonly paragraphs: readonly string[];
  readonly action?: { readonly label: string; readonly url: string };
  /** The closing line (who sends it). */
  readonly signature: string;
}

/**
 * The plain-text and the simple HTML body of `content`. Every piece is text: the HTML escapes
 * each one, so a name like `<b>` arrives as written and no input adds markup or links.
 */
export function composeMail(content: MailContent): MailMessage {
  const { action } = content;
  const text = [
    ...content.paragraphs,
    ...(action ? [`${action.label}: ${action.url}`] : []),
    `-- \n${content.signature}`,
  ].join('\n\n');
  const html = [
    '<!doctype html>',
    `<html><head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head>`,
    '<body style="font-family:sans-serif;line-height:1.5">',
    ...content.paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`),
    ...(action
      ? [`<p><a href="${escapeHtml(action.url)}">${escapeHtml(action.label)}</a></p>`]
      : []),
    `<p style="color:#666">${escapeHtml(content.signature)}</p>`,
    '</body></html>',
  ].join('\n');
  return { to: content.to, kind: content.kind, subject: content.subject, text, html };
}
