/**
 * What EventBridge Scheduler hands a Lambda target: the schedule's input as it is. infra's sync
 * schedule sets `ScheduleTargetInput.fromObject({})`, so a scheduled run receives `{}`.
 */
export function schedulerEvent(input: Readonly<Record<string, unknown>> = {}): unknown {
  return { ...input };
}
