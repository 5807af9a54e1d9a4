import type { ReactNode } from 'react';
import { useDocumentTitle } from '../hooks/use-document-title.js';

/** A page's title (the one `h1`), what it is for, and its main actions. */
export function PageHeader(props: { title: string; description?: string; actions?: ReactNode }) {
  useDocumentTitle(props.title);
  return (
    <header className="page-header">
      <div>
        <h1>{props.title}</h1>
        {props.description && <p className="page-description">{props.description}</p>}
      </div>
      {props.actions && <div className="page-actions">{props.actions}</div>}
    </header>
  );
}
