import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One function's bundle in a cloud assembly. */
export interface FunctionBundle {
  /** The function's logical id in the template. */
  readonly logicalId: string;
  /** Its construct path (`Devportal-dev/PortalApi/Handler`) when the CLI recorded paths, else its logical id. */
  readonly name: string;
  /** The folder esbuild wrote (`index.mjs` and its source map). */
  readonly directory: string;
  /** Bytes of `index.mjs`, minified, as Lambda loads it. */
  readonly codeBytes: number;
  /** Bytes of `index.mjs` compressed, near what the deployment package weighs. */
  readonly compressedCodeBytes: number;
  /** Bytes of `index.mjs.map`. */
  readonly sourceMapBytes: number;
  /** The function's environment variables, as the template sets them. */
  readonly environment: Readonly<Record<string, unknown>>;
}

interface AssetManifest {
  readonly files: Record<
    string,
    { readonly source: { readonly path: string; readonly packaging?: string } }
  >;
}

interface StackTemplate {
  readonly Resources: Record<
    string,
    {
      readonly Type: string;
      readonly Properties: {
        readonly Code?: { readonly S3Key?: unknown };
        readonly Runtime?: unknown;
        readonly Environment?: { readonly Variables?: Record<string, unknown> };
      };
      readonly Metadata?: Record<string, unknown>;
    }
  >;
}

/**
 * The bundles of a stack's Node.js Lambda functions (the apps; CDK's own Python deployment handler
 * is not ours) in the cloud assembly at `outdir`: each function's code names its asset by hash
 * (`<hash>.zip`), and the asset manifest says which folder that is.
 */
export function functionBundles(outdir: string, stackArtifactId: string): FunctionBundle[] {
  const read = <T>(file: string): T => JSON.parse(readFileSync(join(outdir, file), 'utf8')) as T;
  const assets = read<AssetManifest>(`${stackArtifactId}.assets.json`).files;
  const template = read<StackTemplate>(`${stackArtifactId}.template.json`);
  return Object.entries(template.Resources)
    .filter(
      ([, resource]) =>
        resource.Type === 'AWS::Lambda::Function' &&
        String(resource.Properties.Runtime).startsWith('nodejs'),
    )
    .map(([logicalId, resource]) => {
      const key = resource.Properties.Code?.S3Key;
      const hash = typeof key === 'string' ? key.replace(/\.zip$/, '') : undefined;
      const asset = hash === undefined ? undefined : assets[hash];
      const path = resource.Metadata?.['aws:cdk:path'];
      const name = typeof path === 'string' ? path.replace(/\/Resource$/, '') : logicalId;
      if (asset === undefined) throw new Error(`${name} has no bundled asset`);
      const directory = join(outdir, asset.source.path);
      const code = readFileSync(join(directory, 'index.mjs'));
      return {
        logicalId,
        name,
        directory,
        codeBytes: code.length,
        compressedCodeBytes: gzipSync(code).length,
        sourceMapBytes: statSync(join(directory, 'index.mjs.map')).size,
        environment: resource.Properties.Environment?.Variables ?? {},
      };
    });
}
