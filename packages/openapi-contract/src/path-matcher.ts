import type { OperationInfo, OperationMatch } from './types.js';

interface CompiledPath {
  template: string;
  regex: RegExp;
  names: string[];
  literalSegments: number;
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compileTemplate(template: string): CompiledPath {
  const names: string[] = [];
  let literalSegments = 0;
  const source = template
    .split('/')
    .map((segment) => {
      if (!segment.includes('{')) {
        literalSegments++;
        return escapeRegex(segment);
      }
      return segment
        .split(/(\{[^}]+\})/)
        .map((part) => {
          const name = /^\{([^}]+)\}$/.exec(part)?.[1];
          if (name === undefined) return escapeRegex(part);
          names.push(name);
          return '([^/]+)';
        })
        .join('');
    })
    .join('/');
  return { template, regex: new RegExp(`^${source}/?$`), names, literalSegments };
}

/** Matches request paths to the document's operations; concrete paths win over templated ones. */
export class PathMatcher {
  readonly #paths: CompiledPath[];
  readonly #byTemplate = new Map<string, Map<string, OperationInfo>>();
  readonly #basePaths: string[];

  constructor(operations: readonly OperationInfo[], basePaths: readonly string[]) {
    for (const op of operations) {
      let methods = this.#byTemplate.get(op.pathTemplate);
      if (!methods) {
        methods = new Map();
        this.#byTemplate.set(op.pathTemplate, methods);
      }
      methods.set(op.method, op);
    }
    this.#paths = [...this.#byTemplate.keys()]
      .map(compileTemplate)
      .sort((a, b) => b.literalSegments - a.literalSegments || a.names.length - b.names.length);
    // The longest base path first, so `/fintech/api` is tried before `/fintech`.
    this.#basePaths = [...new Set(basePaths.filter((p) => p !== '' && p !== '/'))].sort(
      (a, b) => b.length - a.length,
    );
  }

  match(method: string, rawPath: string): OperationMatch | undefined {
    const pathname = rawPath.split(/[?#]/, 1)[0] ?? '';
    const wanted = method.toLowerCase();
    const candidates = [pathname];
    for (const base of this.#basePaths) {
      if (pathname.startsWith(`${base}/`)) candidates.push(pathname.slice(base.length));
    }
    for (const candidate of candidates) {
      for (const compiled of this.#paths) {
        const found = compiled.regex.exec(candidate);
        if (!found) continue;
        const op = this.#byTemplate.get(compiled.template)?.get(wanted);
        if (!op) continue;
        const pathParams: Record<string, string> = {};
        compiled.names.forEach((name, i) => {
          const value = found[i + 1] ?? '';
          try {
            pathParams[name] = decodeURIComponent(value);
          } catch {
            pathParams[name] = value;
          }
        });
        return {
          operationId: op.operationId,
          method: op.method,
          pathTemplate: op.pathTemplate,
          pathParams,
        };
      }
    }
    return undefined;
  }
}
