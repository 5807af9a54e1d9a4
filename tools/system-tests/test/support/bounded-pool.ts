/**
 * Runs `work(index)` for every index below `count` on `concurrency` workers, each taking the next
 * index until none are left: exactly `count` calls, never more than `concurrency` at once.
 */
export async function runPool(
  count: number,
  concurrency: number,
  work: (index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const index = next++;
      await work(index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
}
