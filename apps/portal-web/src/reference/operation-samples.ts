/** The code samples of one operation, as `pnpm generate` writes them. */
export interface OperationSamples {
  readonly typescriptGateway: string;
  readonly typescriptBank: string;
  readonly curlGateway: string;
  readonly curlBank: string;
}
