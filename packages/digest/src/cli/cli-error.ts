/** Exit codes of `devportal-digest`. */
export const EXIT = {
  ok: 0,
  /** a signature did not verify */
  invalidSignature: 1,
  /** the command line was wrong */
  usage: 2,
  /** a file could not be read or its content is not acceptable */
  input: 3,
  /** the GOST arithmetic failed on valid input (a `GostComputationError`): a defect or a broken random source */
  computation: 4,
  /** an error the CLI does not expect: a defect (EX_SOFTWARE of sysexits.h) */
  unexpected: 70,
} as const;

/** A failure the CLI reports on one line and exits with `exitCode`. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}
