import type { ReactNode } from 'react';
import { useAction } from '../hooks/use-action.js';
import { useI18n } from '../i18n/i18n-context.js';
import { Dialog } from './Dialog.js';
import { ErrorNotice } from './ErrorNotice.js';

/** Asks before an action that cannot be undone; stays open with the error if the action fails. */
export function ConfirmDialog(props: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  onConfirm: () => Promise<unknown>;
  onClose: () => void;
  /** false when the caller shows what comes next itself (e.g. a new secret) */
  closeOnSuccess?: boolean;
}) {
  const { t } = useI18n();
  const action = useAction(props.onConfirm);
  const confirm = async () => {
    if ((await action.run()) && props.closeOnSuccess !== false) props.onClose();
  };
  return (
    <Dialog title={props.title} onClose={props.onClose} alert>
      <div className="dialog-body">{props.children}</div>
      {action.error !== undefined && <ErrorNotice error={action.error} />}
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={props.onClose}>
          {t('action.cancel')}
        </button>
        <button
          type="button"
          className={props.danger ? 'button button-danger' : 'button'}
          onClick={confirm}
          disabled={action.pending}
        >
          {props.confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
