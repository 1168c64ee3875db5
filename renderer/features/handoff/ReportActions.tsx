import { useState } from 'react';
import { FileDown } from 'lucide-react';
import { assistant, messageOf, unwrap } from '../../lib/assistant.ts';

/**
 * Saves the completion report through the main process (a save dialog; PDF printed by Electron): every step with its
 * time, the checks and the receipt, with the Client ID masked and never the secret.
 */
export function ReportActions() {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async (format: 'html' | 'pdf') => {
    setBusy(true);
    setMessage(null);
    try {
      const { path } = await unwrap(assistant().report.save({ format }));
      setMessage(path ? { ok: true, text: `Completion report saved: ${path}` } : null);
    } catch (e) {
      setMessage({ ok: false, text: messageOf(e) });
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

      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? '' : 'field-error'}>
          {message.text}
        </p>
      )}
    </div>
  );
}
