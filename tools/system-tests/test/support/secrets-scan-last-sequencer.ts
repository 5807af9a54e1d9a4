import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** The file that scans what every other suite left behind: it must run after them. */
const SECRETS_SCAN_FILE = /secrets[/\\][^/\\]+\.test\.ts$/;

/** Vitest's own order, except that the secrets scan comes last. */
export class SecretsScanLastSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const isScan = (file: TestSpecification) => SECRETS_SCAN_FILE.test(file.moduleId);
    return [...sorted.filter((file) => !isScan(file)), ...sorted.filter(isScan)];
  }
}
