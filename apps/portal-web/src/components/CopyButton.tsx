import { useState } from 'react';
import { useI18n } from '../i18n/i18n-context.js';

/** Copies `value` to the clipboard and says so where screen readers hear it. */
export function CopyButton(props: { value: string; label: string }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(props.value);
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  };
  return (
    <>
      <button type="button" className="button button-secondary button-small" onClick={copy}>
        {props.label}
      </button>
      <span role="status" className="copied">
        {copied ? t('action.copied') : ''}
      </span>
    </>
  );
}
