/** The parts of a V8 CPU profile (`.cpuprofile`, as `node --cpu-prof` writes it) read here. */
export interface CpuProfile {
  readonly nodes: readonly {
    readonly id: number;
    readonly children?: readonly number[];
    readonly callFrame: {
      readonly functionName: string;
      readonly url: string;
      /** 0-based. */
      readonly lineNumber: number;
    };
  }[];
  readonly samples: readonly number[];
  /** Microseconds from the previous sample (the first from the profile's start). */
  readonly timeDeltas: readonly number[];
}

/** Self time, microseconds per call, of one function or one package. */
export interface SelfTime {
  readonly name: string;
  readonly microsecondsPerCall: number;
}

/** Work a profile's samples are charged to: the first rule matching a frame up the stack. */
export interface Cause {
  readonly name: string;
  /** Whether a frame (its source URL and function name) is this cause's code. */
  matches(url: string, functionName: string): boolean;
}

/** What a profile of `calls` calls says each call's CPU went to. */
export interface ProfileSummary {
  /** Sampled time the thread was busy (not idle), per call. */
  readonly busyMicrosecondsPerCall: number;
  /**
   * The busy time by cause, largest first, as shares of it: from the sampled frame up its stack,
   * the first frame a cause matches takes the sample (`other` when none does).
   */
  readonly causes: readonly { readonly name: string; readonly share: number }[];
  /** The packages (and Node's own modules, GC, native code) by self time, largest first. */
  readonly packages: readonly SelfTime[];
  /** The functions by self time, largest first, at most `top`. */
  readonly functions: readonly SelfTime[];
}

const IDLE = '(idle)';

/**
 * Self time by function and by package, per call: each sample's time (the delta to the next
 * sample) goes to the function on top of the stack, as DevTools counts it. Idle time is left out.
 */
export function summariseProfile(
  profile: CpuProfile,
  calls: number,
  causes: readonly Cause[] = [],
  top = 15,
): ProfileSummary {
  const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const parents = new Map<number, number>();
  for (const node of profile.nodes) {
    for (const child of node.children ?? []) parents.set(child, node.id);
  }
  const causeOf = (nodeId: number): string => {
    for (let id: number | undefined = nodeId; id !== undefined; id = parents.get(id)) {
      const frame = frames.get(id);
      const cause = frame && causes.find((rule) => rule.matches(frame.url, frame.functionName));
      if (cause) return cause.name;
    }
    return 'other';
  };
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  const byCause = new Map<string, number>();
  let busy = 0;
  profile.samples.forEach((nodeId, index) => {
    const frame = frames.get(nodeId);
    const micros = profile.timeDeltas[index + 1] ?? 0;
    if (!frame || frame.functionName === IDLE) return;
    busy += micros;
    const where = frame.url ? ` ${shortUrl(frame.url)}:${frame.lineNumber + 1}` : '';
    const name = `${frame.functionName || '(anonymous)'}${where}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + micros);
    const owner = packageOf(frame.url, frame.functionName);
    byPackage.set(owner, (byPackage.get(owner) ?? 0) + micros);
    const cause = causeOf(nodeId);
    byCause.set(cause, (byCause.get(cause) ?? 0) + micros);
  });
  const perCall = (totals: Map<string, number>) =>
    [...totals]
      .sort(([, a], [, b]) => b - a)
      .map(([name, micros]) => ({ name, microsecondsPerCall: round2(micros / calls) }));
  return {
    busyMicrosecondsPerCall: round2(busy / calls),
    causes: [...byCause]
      .sort(([, a], [, b]) => b - a)
      .map(([name, micros]) => ({ name, share: Math.round((micros / busy) * 1000) / 1000 })),
    packages: perCall(byPackage),
    functions: perCall(byFunction).slice(0, top),
  };
}

/**
 * Who a frame's code belongs to: an npm package by its `node_modules` folder, a workspace package
 * by its folder, a module of Node's own (`node:http`; `node:undici` is the `fetch`, `Request`,
 * `Response` and `Headers` Node ships), or V8's `(garbage collector)` and `(program)`.
 */
export function packageOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const internal = /^node:(?:internal\/)?(?:deps\/)?([\w-]+)/.exec(url);
  if (internal) return `node:${internal[1]}`;
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const [scope = '', name = ''] = url.slice(modules + '/node_modules/'.length).split('/');
    return scope.startsWith('@') ? `${scope}/${name}` : scope;
  }
  const workspace = /\/(apps|packages|tools)\/([\w-]+)\/(?:(bench|test)\/)?/.exec(url);
  if (workspace) {
    const [, , name, folder] = workspace;
    return folder ? `@devportal/${name} (${folder})` : `@devportal/${name}`;
  }
  return shortUrl(url);
}

/** A source URL without the machine's path: from the package folder on. */
function shortUrl(url: string): string {
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) return url.slice(modules + '/node_modules/'.length);
  const workspace = /\/((?:apps|packages|tools)\/.*)$/.exec(url);
  return workspace?.[1] ?? url;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
