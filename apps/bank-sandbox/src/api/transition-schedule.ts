/** A status change one document is waiting for. */
interface ScheduledChange<Doc> {
  readonly doc: Doc;
  readonly at: number;
  /** the document's arrival order: documents due at the same moment move in that order */
  readonly order: number;
}

/**
 * The next status change of every document that awaits one, earliest first (a binary min-heap
 * on time, then arrival): taking what is due costs O(log n) per change taken and O(1) when nothing
 * is due, so a request costs the same however many documents the sandbox holds.
 */
export class TransitionSchedule<Doc> {
  readonly #heap: ScheduledChange<Doc>[] = [];

  /** schedules `doc`'s next change at `at`; `order` breaks ties between documents */
  add(doc: Doc, at: number, order: number): void {
    this.#heap.push({ doc, at, order });
    this.#up(this.#heap.length - 1);
  }

  /** removes and returns the earliest document whose change is due by `now`, if any */
  takeDue(now: number): Doc | undefined {
    const first = this.#heap[0];
    if (first === undefined || first.at > now) return undefined;
    const last = this.#heap.pop() as ScheduledChange<Doc>;
    if (this.#heap.length > 0) {
      this.#heap[0] = last;
      this.#down(0);
    }
    return first.doc;
  }

  #before(a: number, b: number): boolean {
    const x = this.#heap[a] as ScheduledChange<Doc>;
    const y = this.#heap[b] as ScheduledChange<Doc>;
    return x.at < y.at || (x.at === y.at && x.order < y.order);
  }

  #swap(a: number, b: number): void {
    const heap = this.#heap;
    [heap[a], heap[b]] = [heap[b] as ScheduledChange<Doc>, heap[a] as ScheduledChange<Doc>];
  }

  #up(index: number): void {
    let child = index;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      if (!this.#before(child, parent)) return;
      this.#swap(child, parent);
      child = parent;
    }
  }

  #down(index: number): void {
    let parent = index;
    for (;;) {
      const left = 2 * parent + 1;
      const right = left + 1;
      let first = parent;
      if (left < this.#heap.length && this.#before(left, first)) first = left;
      if (right < this.#heap.length && this.#before(right, first)) first = right;
      if (first === parent) return;
      this.#swap(parent, first);
      parent = first;
    }
  }
}
