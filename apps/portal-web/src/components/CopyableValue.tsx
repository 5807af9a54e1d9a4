import { CopyButton } from './CopyButton.js';

/** A value (Client ID, secret, link) in a read-only box with its copy button. */
export function CopyableValue(props: { label: string; value: string; copyLabel: string }) {
  return (
    <div className="copyable">
      <span className="copyable-label">{props.label}</span>
      <code className="copyable-value">{props.value}</code>
      <CopyButton value={props.value} label={props.copyLabel} />
    </div>
  );
}
