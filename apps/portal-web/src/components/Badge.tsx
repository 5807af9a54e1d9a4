import type { ReactNode } from 'react';

/** A short status word; the tone carries no meaning the text does not also say. */
export function Badge(props: {
  tone?: 'neutral' | 'success' | 'warning' | 'danger' | 'info';
  children: ReactNode;
}) {
  return <span className={`badge badge-${props.tone ?? 'neutral'}`}>{props.children}</span>;
}
