/** An answer of an AWS JSON 1.1 service: its status and document (`__type` names an error). */
export interface AwsJsonAnswer {
  readonly status: number;
  readonly body: Readonly<Record<string, unknown>>;
}

/** An AWS error as the JSON protocol carries it, which the SDK turns into its exception class. */
export function awsJsonError(type: string, message: string, status = 400): AwsJsonAnswer {
  return { status, body: { __type: type, message } };
}
