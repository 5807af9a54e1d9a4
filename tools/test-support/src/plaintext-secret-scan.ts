import { type DynamoDBClient, paginateScan } from '@aws-sdk/client-dynamodb';

/** Where a secret was found in plaintext: the item's key and which secret (by its label). */
export interface PlaintextFinding {
  readonly key: string;
  readonly secretLabel: string;
}

/**
 * Remembers every secret a test saw (Client Secrets, invitation tokens, bank
 * tokens) so a final scan can prove none of them was stored in plaintext.
 */
export class SecretWitness {
  private readonly secrets = new Map<string, string>();

  /** Remembers `secret` under a label that is safe to print (never the secret itself). */
  remember(label: string, secret: string): void {
    this.secrets.set(secret, label);
  }

  /** How many distinct secrets were remembered. */
  get size(): number {
    return this.secrets.size;
  }

  /**
   * Reports every line that contains a remembered secret; `key` names the line by its source
   * and position (the line itself may be the leak, so it is not repeated).
   */
  findInLines(lines: readonly { source: string; line: string }[]): PlaintextFinding[] {
    const findings: PlaintextFinding[] = [];
    lines.forEach(({ source, line }, index) => {
      for (const [secret, secretLabel] of this.secrets) {
        if (line.includes(secret))
          findings.push({ key: `${source} line ${index + 1}`, secretLabel });
      }
    });
    return findings;
  }

  /**
   * Scans the whole table (tests only: no request path scans) and reports every
   * item whose stored form contains a remembered secret.
   */
  async findPlaintext(client: DynamoDBClient, tableName: string): Promise<PlaintextFinding[]> {
    const findings: PlaintextFinding[] = [];
    for await (const page of paginateScan({ client }, { TableName: tableName })) {
      for (const item of page.Items ?? []) {
        const stored = JSON.stringify(item);
        for (const [secret, secretLabel] of this.secrets) {
          if (stored.includes(secret)) {
            findings.push({ key: `${item.PK?.S ?? '?'} / ${item.SK?.S ?? '?'}`, secretLabel });
          }
        }
      }
    }
    return findings;
  }
}
