import type { FormEvent } from 'react';

/** A form's `onSubmit` that keeps the page (no navigation) and starts `run`. */
export function formSubmit(run: () => unknown): (event: FormEvent) => void {
  return (event) => {
    event.preventDefault();
    void run();
  };
}
