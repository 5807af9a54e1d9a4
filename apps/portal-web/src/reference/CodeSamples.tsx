import { useState } from 'react';
import { CopyButton } from '../components/CopyButton.js';
import { useI18n } from '../i18n/i18n-context.js';
import type { MessageKey } from '../i18n/messages.ru.js';
import type { OperationSamples } from './operation-samples.js';

const VARIANTS: readonly { key: keyof OperationSamples; label: MessageKey }[] = [
  { key: 'typescriptGateway', label: 'reference.samples.typescriptGateway' },
  { key: 'typescriptBank', label: 'reference.samples.typescriptBank' },
  { key: 'curlGateway', label: 'reference.samples.curlGateway' },
  { key: 'curlBank', label: 'reference.samples.curlBank' },
];

/** An operation's code: one variant shown at a time, each copyable. */
export function CodeSamples(props: { operationId: string; samples: OperationSamples }) {
  const { t } = useI18n();
  const [shown, setShown] = useState<keyof OperationSamples>('typescriptGateway');
  const code = props.samples[shown];
  return (
    <div className="ref-samples">
      <fieldset className="segmented">
        <legend className="visually-hidden">{t('reference.samples')}</legend>
        {VARIANTS.map((variant) => (
          <button
            key={variant.key}
            type="button"
            aria-pressed={variant.key === shown}
            onClick={() => setShown(variant.key)}
          >
            {t(variant.label)}
          </button>
        ))}
      </fieldset>
      <pre className="code">{code}</pre>
      <CopyButton value={code} label={t('reference.samples.copy')} />
    </div>
  );
}
