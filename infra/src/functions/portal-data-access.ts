import { variablesOf } from '@devportal/runtime/environment-variables';
import type { DataConstruct } from '../data/data-construct.js';
import { grantTableAccess } from '../data/table-access.js';
import type { SecretsConstruct } from '../secrets/secrets-construct.js';
import type { StageSettings } from '../stage/stage-context.js';
import type { AppFunction } from './app-function.js';

/** What every app's function is built from: the stage, the table and the keys and secrets. */
export interface AppFunctionDependencies {
  readonly settings: StageSettings;
  readonly data: DataConstruct;
  readonly secrets: SecretsConstruct;
}

/** The variables every app reads to reach the portal's data: the table and the token vault's key. */
export function portalDataEnvironment(data: DataConstruct, secrets: SecretsConstruct) {
  return variablesOf({
    portalTableName: data.table.tableName,
    bankTokenKeyArn: secrets.bankTokenKey.keyArn,
  });
}

/**
 * Lets `app` do `tableActions` on the table and seal or open bank tokens with the token vault's
 * key (`GenerateDataKey` for new data keys, `Decrypt` to unwrap stored ones).
 */
export function grantPortalData(
  app: AppFunction,
  data: DataConstruct,
  secrets: SecretsConstruct,
  tableActions: readonly string[],
): void {
  grantTableAccess(app.role, data, tableActions);
  secrets.bankTokenKey.grant(app.role, 'kms:GenerateDataKey', 'kms:Decrypt');
}
