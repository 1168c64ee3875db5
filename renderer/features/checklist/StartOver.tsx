import { RotateCcw } from 'lucide-react';
import { useState } from 'react';
import { ConfirmDialog } from '../../shell/ConfirmDialog.tsx';

/** "Start over" asks first; attached screenshots stay unless the admin says otherwise. */
export function StartOver({ profileName, onConfirm }: { profileName: string; onConfirm: (removeEvidence: boolean) => Promise<boolean> }) {
  const [open, setOpen] = useState(false);
  const [removeEvidence, setRemoveEvidence] = useState(false);
  return (
    <>
      <button type="button" className="start-over" onClick={() => setOpen(true)}>
        <RotateCcw size={14} aria-hidden /> Start over…
      </button>
      <ConfirmDialog
        open={open}
        onOpenChange={(next) => {
          setOpen(next);
          if (!next) setRemoveEvidence(false);
        }}
        title="Start the checklist over?"
        confirmLabel="Start over"
        destructive
        onConfirm={() => {
          void onConfirm(removeEvidence).then((ok) => ok && setOpen(false));
        }}
      >
        <p>
          This clears every tick, answer and value of the checklist for “{profileName}”. Stored keys, IP lists and hand-off receipts are kept.
        </p>
        <p className="row">
          <input type="checkbox" id="start-over-evidence" checked={removeEvidence} onChange={(e) => setRemoveEvidence(e.currentTarget.checked)} />
          <label htmlFor="start-over-evidence">Also delete the screenshots I attached</label>
        </p>
      </ConfirmDialog>
    </>
  );
}
