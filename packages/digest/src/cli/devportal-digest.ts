import { GostComputationError } from '../signing/gost-computation-error.js';
import {
  type CliOutput,
  digestCommand,
  keygenCommand,
  signCommand,
  verifyCommand,
} from './cli-commands.js';
import { CliError, EXIT } from './cli-error.js';
import { DEBUG_NAME, unexpectedErrorReport } from './unexpected-error.js';

/** The usage text of `devportal-digest`. */
export const USAGE = `Usage: devportal-digest <command> [options]

Commands:
  digest <file.json>                      print the digest text of a limit-change request
                                          (exactly the signed bytes: no trailing newline)
  sign --key <key.pem> --cert <cert.pem> [--format cms|raw] [--certificate-uuid <uuid>] <file.json>
                                          print {"base64Encoded", "certificateUuid"} for the request
  verify [--signature <base64>] [--cert <cert.pem>] [--format cms|raw] <file.json>
                                          verify one signature, or every one in digestSignatures
  keygen --key <out.pem> --cert <out.pem> [--cn <name>] [--days <n>] [--force]
                                          make a test GOST key and self-signed certificate

Exit codes: 0 ok, 1 a signature is invalid, 2 usage error, 3 unreadable or unacceptable input,
4 the GOST computation failed on valid input (a defect or a broken random source: report it),
70 an unexpected error (a defect: report it; DEBUG=${DEBUG_NAME} prints its stack).
`;

const commands: Record<string, (args: string[], output: CliOutput) => number> = {
  digest: digestCommand,
  sign: signCommand,
  verify: verifyCommand,
  keygen: keygenCommand,
};

/** Runs `devportal-digest` with `args` (without node and script) and returns its exit code. */
export function runCli(args: string[], output: CliOutput, errors: CliOutput): number {
  const [name, ...rest] = args;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    (name === undefined ? errors : output).out(USAGE);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = commands[name];
  if (!command) {
    errors.out(`devportal-digest: unknown command "${name}"\n\n${USAGE}`);
    return EXIT.usage;
  }
  try {
    return command(rest, output);
  } catch (error) {
    // A computation failure is not "signature invalid" (1): a caller must not take it for a verdict.
    if (error instanceof GostComputationError) {
      errors.out(`devportal-digest ${name}: ${error.message}\n`);
      return EXIT.computation;
    }
    if (error instanceof CliError) {
      errors.out(`devportal-digest ${name}: ${error.message}\n`);
      return error.exitCode;
    }
    // Neither a verdict (1) nor the caller's mistake (2, 3): its own code, and one line.
    errors.out(unexpectedErrorReport(name, error, process.env.DEBUG));
    return EXIT.unexpected;
  }
}
