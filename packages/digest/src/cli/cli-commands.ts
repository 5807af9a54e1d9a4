import { existsSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { DigestSignature } from '../digest/limit-change-digest.js';
import { signText, verifyText } from '../signing/digest-text-signature.js';
import {
  certificateFromPem,
  certificateUuidOf,
  readGostCertificate,
} from '../signing/gost-certificate.js';
import { createGostCredentials } from '../signing/gost-credentials.js';
import { privateKeyFromPem } from '../signing/gost-private-key.js';
import type { SignatureFormat } from '../signing/signature-format.js';
import { CliError, EXIT } from './cli-error.js';
import { readLimitChange, readText } from './cli-files.js';

/** Where a command writes. */
export interface CliOutput {
  out(text: string): void;
}

const formatOption = { format: { type: 'string', default: 'cms' } } as const;

/** `digest <file.json>`: the exact digest text, without a trailing newline. */
export function digestCommand(args: string[], output: CliOutput): number {
  const { positionals } = parse(args, {});
  output.out(readLimitChange(onlyFile(positionals)).digest);
  return EXIT.ok;
}

/** `sign --key <pem> --cert <pem> [--format cms|raw] [--certificate-uuid <uuid>] <file.json>` */
export function signCommand(args: string[], output: CliOutput): number {
  const { values, positionals } = parse(args, {
    key: { type: 'string' },
    cert: { type: 'string' },
    'certificate-uuid': { type: 'string' },
    ...formatOption,
  });
  const { digest } = readLimitChange(onlyFile(positionals));
  const certificate = readCertificate(required(values.cert, '--cert'));
  const privateKey = readPrivateKey(required(values.key, '--key'));
  const signature: DigestSignature = {
    base64Encoded: signText({
      text: digest,
      privateKey,
      certificate,
      format: signatureFormat(values.format),
    }),
    certificateUuid: values['certificate-uuid'] ?? certificateUuidOf(certificate),
  };
  output.out(`${JSON.stringify(signature, null, 2)}\n`);
  return EXIT.ok;
}

/**
 * `verify [--signature <base64>] [--cert <pem>] [--format cms|raw] <file.json>`:
 * checks the given signature, or else every one in the document's `digestSignatures`.
 */
export function verifyCommand(args: string[], output: CliOutput): number {
  const { values, positionals } = parse(args, {
    signature: { type: 'string' },
    cert: { type: 'string' },
    ...formatOption,
  });
  const { change, digest } = readLimitChange(onlyFile(positionals));
  const signatures = values.signature
    ? [values.signature]
    : // A signature without its value is checked as an empty one: reported malformed, not skipped.
      (change.digestSignatures ?? []).map((s) => s.base64Encoded ?? '');
  if (signatures.length === 0) {
    throw new CliError(
      'nothing to verify: pass --signature or a document with digestSignatures',
      EXIT.usage,
    );
  }
  const certificate = values.cert ? readCertificate(values.cert) : undefined;
  const format = signatureFormat(values.format);
  let allValid = true;
  signatures.forEach((base64Encoded, index) => {
    const check = verifyText({ text: digest, base64Encoded, format, certificate });
    allValid &&= check.valid;
    output.out(
      check.valid
        ? `signature ${index + 1}: valid (certificate ${certificateUuidOf(check.certificate)})\n`
        : `signature ${index + 1}: invalid, ${check.reason}: ${check.message}\n`,
    );
  });
  return allValid ? EXIT.ok : EXIT.invalidSignature;
}

/** `keygen --key <out.pem> --cert <out.pem> [--cn <name>] [--days <n>] [--force]` */
export function keygenCommand(args: string[], output: CliOutput): number {
  const { values } = parse(args, {
    key: { type: 'string' },
    cert: { type: 'string' },
    cn: { type: 'string' },
    days: { type: 'string', default: '365' },
    force: { type: 'boolean', default: false },
  });
  const keyPath = required(values.key, '--key');
  const certPath = required(values.cert, '--cert');
  const validDays = Number(values.days);
  if (!Number.isInteger(validDays) || validDays < 1) {
    throw new CliError('--days must be a positive whole number', EXIT.usage);
  }
  for (const path of [keyPath, certPath]) {
    if (existsSync(path) && !values.force) {
      throw new CliError(`${path} exists; pass --force to overwrite it`, EXIT.usage);
    }
  }
  const credentials = createGostCredentials({ commonName: values.cn, validDays });
  writeFileSync(keyPath, credentials.privateKeyPem, { mode: 0o600 });
  writeFileSync(certPath, credentials.certificatePem);
  output.out(
    `key: ${keyPath}\ncertificate: ${certPath}\ncertificateUuid: ${credentials.certificateUuid}\n`,
  );
  return EXIT.ok;
}

type OptionSpec = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

function parse<TOptions extends OptionSpec>(args: string[], options: TOptions) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError((error as Error).message, EXIT.usage);
  }
}

function onlyFile(positionals: string[]): string {
  if (positionals.length !== 1 || !positionals[0]) {
    throw new CliError('expected exactly one JSON document file', EXIT.usage);
  }
  return positionals[0];
}

function required<TValue>(value: TValue | undefined, name: string): TValue {
  if (!value) throw new CliError(`${name} is required`, EXIT.usage);
  return value;
}

function signatureFormat(format: string | undefined): SignatureFormat {
  if (format === 'cms' || format === 'raw') return format;
  throw new CliError(`--format must be cms or raw, not ${format}`, EXIT.usage);
}

function readCertificate(path: string): Uint8Array {
  try {
    return readGostCertificate(certificateFromPem(readText(path, 'certificate'))).der;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${path}: ${(error as Error).message}`, EXIT.input);
  }
}

function readPrivateKey(path: string): Uint8Array {
  try {
    return privateKeyFromPem(readText(path, 'key'));
  } catch (error) {
    if (error instanceof CliError) throw error;
    // The library's message names the problem, never the key's bytes.
    throw new CliError(`${path}: ${(error as Error).message}`, EXIT.input);
  }
}
