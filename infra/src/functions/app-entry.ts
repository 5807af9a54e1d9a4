import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The deployable apps, by package name; each exports its Lambda handler as `./lambda`. */
export type AppPackage =
  | '@devportal/portal-api'
  | '@devportal/cards-gateway'
  | '@devportal/status-sync';

/** The source file of `app`'s Lambda handler (its `src/lambda.ts`), as its package exports it. */
export function lambdaEntryOf(app: AppPackage): string {
  return require.resolve(`${app}/lambda`);
}
