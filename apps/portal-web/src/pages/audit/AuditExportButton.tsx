import type { AuditEventFilter } from '@devportal/portal-client';
import { usePortal } from '../../api/portal-context.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { useAction } from '../../hooks/use-action.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useOrg } from '../../org/org-context.js';

/** Downloads the log, filtered as shown, as the CSV file the API writes. */
export function AuditExportButton(props: { filter: AuditEventFilter }) {
  const { t } = useI18n();
  const client = usePortal();
  const { org } = useOrg();
  const download = useAction(async () => {
    const csv = await client.auditEvents.export(org.id, props.filter);
    saveFile(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `audit-log-${org.id}.csv`);
  });
  return (
    <>
      <button
        type="button"
        className="button button-secondary"
        onClick={() => void download.run()}
        disabled={download.pending}
      >
        {download.pending ? t('audit.exporting') : t('audit.export')}
      </button>
      {download.error !== undefined && <ErrorNotice error={download.error} />}
    </>
  );
}

/** Hands `blob` to the browser as a download named `fileName`. */
function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The click has handed the URL to the download already.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
