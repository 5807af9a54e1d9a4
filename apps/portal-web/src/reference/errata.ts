import type { OpenApiDocument } from './openapi-document.js';

/** A correction the spec records against the bank's published text, and where it sits. */
export interface Erratum {
  readonly location: string;
  readonly text: string;
}

/** Every `x-erratum` of the document, with the JSON path of the object that carries it. */
export function errataOf(document: OpenApiDocument): Erratum[] {
  const found: Erratum[] = [];
  const visit = (value: unknown, path: readonly string[]) => {
    if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) visit(item, [...path, String(index)]);
    } else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (key === 'x-erratum' && typeof child === 'string') {
          found.push({ location: readableLocation(path), text: child });
        } else {
          visit(child, [...path, key]);
        }
      }
    }
  };
  visit(document, []);
  return found;
}

/** `paths./v1/crypto.get.parameters.0.schema` → `/v1/crypto get parameters 0 schema`. */
function readableLocation(path: readonly string[]): string {
  const [root, ...rest] = path;
  return (root === 'paths' || root === 'components' ? rest : path).join(' › ');
}
