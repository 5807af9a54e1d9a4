/**
 * The package an esbuild input path belongs to: `@scope/name` or `name` after the last
 * `node_modules/`, the workspace folder (`packages/digest`) for the monorepo's own sources.
 */
export function packageOfInput(input: string): string {
  const inModules = input.split('node_modules/').at(-1) ?? input;
  if (inModules !== input) {
    const [first, second] = inModules.split('/');
    return first?.startsWith('@') ? `${first}/${second}` : (first ?? input);
  }
  const workspace = /(?:^|\/)((?:apps|packages|tools|infra)\/[^/]+)/.exec(input);
  return workspace?.[1] ?? input;
}
