/**
 * The first fenced code block in `language` under the `## heading` of a README, up to the next
 * `## ` heading: what a reader copies from that section. Throws when the section or the block is
 * missing, so a README that lost its example fails the test that runs it.
 */
export function readmeCodeBlock(markdown: string, heading: string, language: string): string {
  const lines = markdown.split('\n');
  const start = lines.indexOf(`## ${heading}`);
  if (start < 0) throw new Error(`no section "## ${heading}"`);
  const end = lines.findIndex((line, index) => index > start && line.startsWith('## '));
  const section = lines.slice(start + 1, end < 0 ? undefined : end);
  const open = section.indexOf(`\`\`\`${language}`);
  const close = section.indexOf('```', open + 1);
  if (open < 0 || close < 0) throw new Error(`no \`\`\`${language} block under "## ${heading}"`);
  return `${section.slice(open + 1, close).join('\n')}\n`;
}
