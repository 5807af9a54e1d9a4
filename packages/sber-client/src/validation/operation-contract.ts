/** The subset of JSON Schema the spec uses for request values, with `$ref`/`allOf` inlined. */
export interface SchemaRule {
  readonly type?: 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object';
  /** a regular expression; on a number it applies to the number's decimal text */
  readonly pattern?: string;
  readonly enum?: readonly string[];
  readonly const?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly uniqueItems?: boolean;
  readonly required?: readonly string[];
  readonly items?: SchemaRule;
  readonly properties?: { readonly [name: string]: SchemaRule };
}

/** A path or query parameter of an operation. */
export interface ParameterContract {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header' | 'cookie';
  readonly required: boolean;
  readonly schema: SchemaRule;
}

/** What one operation of the bank accepts, as generated from the spec. */
export interface OperationContract {
  readonly method: string;
  readonly path: string;
  /** the SberBusiness ID scope the access token needs (`x-scope`) */
  readonly scope: string | null;
  readonly parameters: readonly ParameterContract[];
  readonly body: { readonly required: boolean; readonly schema: SchemaRule } | null;
}
