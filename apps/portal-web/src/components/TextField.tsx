import { type InputHTMLAttributes, useId } from 'react';

/** A labelled input with an optional hint; the hint is read with the field. */
export function TextField(
  props: { label: string; hint?: string } & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>,
) {
  const { label, hint, ...input } = props;
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} aria-describedby={hint ? `${id}-hint` : undefined} {...input} />
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  );
}
