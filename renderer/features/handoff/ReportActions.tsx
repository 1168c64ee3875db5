import { useState } from 'react';
import { FileDown } from 'lucide-react';
import { asUiError, assistant, unwrap, type UiError } from '../../lib/assistant.ts';

/**
 * Saves the completion report through the main process (a save dialog; PDF printed by Electron): every step with its
 * time, the checks and the receipt, with the Client ID masked and never the secret.
 */
export function ReportActions({ profileId }: { profileId: string }) {
  const [savedTo, setSavedTo] = useState<string | null>(null);
  const [error, setError] = useState<UiError | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async (format: 'html' | 'pdf') => {
    setBusy(true);
    setSavedTo(null);
    setError(null);
    try {
      // No path: the admin cancelled the save dialog.
      setSavedTo((await unwrap(assistant().report.save({ profileId, format }))).path);
    } catch (e) {
      setError(asUiError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="handoff-report">
      <div className="row">
        <h3>Completion report</h3>
        <button type="button" disabled={busy} onClick={() => void save('html')}>
          <FileDown size={14} aria-hidden /> Save report (HTML)
        </button>
        <button type="button" disabled={busy} onClick={() => void save('pdf')}>
          <FileDown size={14} aria-hidden /> Save as PDF
        </button>
      </div>

      {savedTo && <p role="status">Completion report saved: {savedTo}</p>}
      {error && (
        <p role="alert" className="field-error">
          {error.message}
        </p>
      )}
    </div>
  );
}
