import { type SelectHTMLAttributes, useId } from 'react';

/** A labelled select of `options` (value and label). */
export function SelectField(
  props: {
    label: string;
    options: readonly { readonly value: string; readonly label: string }[];
  } & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'>,
) {
  const { label, options, ...select } = props;
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} {...select}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
