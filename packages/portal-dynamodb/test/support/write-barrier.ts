/**
 * Holds the writes of racing operations until all of them have arrived, then
 * releases them together: every racer has read the same state before any of them
 * writes, so the race is real on every run rather than when timing happens to allow.
 */
export class WriteBarrier {
  private waiting: (() => void)[] = [];

  constructor(private readonly parties: number) {}

  /** `repository` with `methods` held at this barrier; everything else passes straight through. */
  hold<T extends object>(repository: T, methods: readonly (keyof T)[]): T {
    const barrier = this;
    return new Proxy(repository, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver);
        if (typeof value !== 'function' || !methods.includes(property as keyof T)) return value;
        return async (...args: unknown[]) => {
          await barrier.arrive();
          return value.apply(target, args);
        };
      },
    });
  }

  private arrive(): Promise<void> {
    return new Promise((release) => {
      this.waiting.push(release);
      if (this.waiting.length < this.parties) return;
      for (const go of this.waiting) go();
      this.waiting = [];
    });
  }
}
