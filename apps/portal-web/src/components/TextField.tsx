import { type InputHTMLAttributes, useId } from 'react';

/**
 * A labelled input with an optional hint; the hint is read with the field. `apiName`, the name an
 * API gives the value, is shown as code after the label (a console's fields).
 */
export function TextField(
  props: { label: string; hint?: string; apiName?: string } & Omit<
    InputHTMLAttributes<HTMLInputElement>,
    'id'
  >,
) {
  const { label, hint, apiName, ...input } = props;
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {apiName && (
          <>
            {' '}
            <code>{apiName}</code>
          </>
        )}
      </label>
      <input id={id} aria-describedby={hint ? `${id}-hint` : undefined} {...input} />
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  );
}
