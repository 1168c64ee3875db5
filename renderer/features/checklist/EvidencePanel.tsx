import { ImagePlus, Trash2 } from 'lucide-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { EvidenceItem } from '../../../shared/checklist/evidence.ts';
import type { StepId } from '../../../shared/checklist/step-ids.ts';
import { assistant, unwrap } from '../../lib/assistant.ts';
import { useAssistantQuery } from '../../lib/use-assistant-query.ts';
import { formatDateTime } from '../../lib/time-format.ts';
import { blobToBase64, pastedImage } from './image-bytes.ts';

interface Props {
  profileId: string;
  step: StepId;
  /** The step shows the Client Secret somewhere: warn never to capture it. */
  secretOnScreen: boolean;
}

function Thumbnail({ profileId, item, onRemove }: { profileId: string; item: EvidenceItem; onRemove: () => void }) {
  // Keyed by the item: a removed or replaced screenshot's late answer never shows under another.
  const { data: image } = useAssistantQuery(() => unwrap(assistant().evidence.view({ profileId, id: item.id })), { profileId, key: item.id });
  const src = image?.dataUrl;
  const added = formatDateTime(item.addedAt);
  return (
    <li className="evidence-item">
      {src ? <img src={src} alt={`Attached screenshot: ${item.label}`} /> : <span className="evidence-placeholder muted">Loading…</span>}
      <div>
        <div>{item.label}</div>
        <div className="field-hint">Attached {added}</div>
        <button type="button" className="icon danger" onClick={onRemove} aria-label={`Remove ${item.label}`}>
          <Trash2 size={14} aria-hidden /> Remove
        </button>
      </div>
    </li>
  );
}

/** The admin's own screenshots for this step: choose a file or paste; kept in the profile folder for the report. */
export function EvidencePanel({ profileId, step, secretOnScreen }: Props) {
  const query = useAssistantQuery(async () => (await unwrap(assistant().evidence.list({ profileId, step }))).items, { profileId, key: step });
  const items = query.data ?? [];
  const { act, error } = query;
  const [status, setStatus] = useState('');

  const attach = useCallback(
    async (blob: Blob, label: string) => {
      const item = await act(
        async () => unwrap(assistant().evidence.add({ profileId, step, label, base64: await blobToBase64(blob) })),
        (added, shown) => [...(shown ?? []), added],
      );
      if (item) setStatus(`Attached ${item.label}.`);
    },
    [profileId, step, act],
  );

  // Ctrl+V anywhere in the window attaches a pasted image to the step on screen (one step is shown at a time).
  // Text pastes are left alone for the field that has focus.
  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      const image = pastedImage(event.clipboardData);
      if (!image) return;
      event.preventDefault();
      void attach(image, 'Pasted image');
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, [attach]);

  const remove = async (item: EvidenceItem) => {
    const left = await act(
      () => unwrap(assistant().evidence.remove({ profileId, id: item.id })),
      (answer) => answer.items.filter((i) => i.step === step),
    );
    if (left) setStatus(`Removed ${item.label}.`);
  };

  const inputId = `evidence-file-${step}`;
  const fileInput = useRef<HTMLInputElement>(null);
  // Optional and rarely used: folded to one line until the admin opens it or something is attached.
  const [opened, setOpened] = useState(false);
  const open = opened || items.length > 0 || Boolean(error);
  return (
    <section aria-labelledby="step-evidence" className="step-section">
      <details className="evidence" open={open} onToggle={(e) => setOpened(e.currentTarget.open)}>
        <summary>
          <h2 id="step-evidence" className="section-label">
            Your screenshots (optional){items.length > 0 ? ` · ${items.length} attached` : ''}
          </h2>
        </summary>
        <p className="field-hint">
          Attach your own screenshots as a record for the completion report: choose a PNG or JPEG file, or press Ctrl+V (⌘V on a Mac) anywhere on this step to
          paste one.
        </p>
        {secretOnScreen && (
          <div className="callout caution" role="note" aria-label="Caution: never capture the Client Secret">
            <p className="callout-title">Caution: never capture the Client Secret</p>
            <p>The secret is on screen around this step. Do not attach a screenshot that shows it: screenshots are kept as ordinary files and go into the report.</p>
          </div>
        )}
        <div className="row">
          <button type="button" onClick={() => fileInput.current?.click()}>
            <ImagePlus size={16} aria-hidden /> Choose a screenshot…
          </button>
          <input
            ref={fileInput}
            id={inputId}
            hidden
            type="file"
            accept="image/png,image/jpeg"
            aria-label="Screenshot file"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) void attach(file, file.name);
            }}
          />
        </div>
        {error && (
          <p role="alert" className="field-error">
            {error.message}
          </p>
        )}
        {items.length > 0 && (
          <ul className="evidence-list" aria-label="Attached screenshots">
            {items.map((item) => (
              <Thumbnail key={item.id} profileId={profileId} item={item} onRemove={() => void remove(item)} />
            ))}
          </ul>
        )}
      </details>
      <p role="status" className="visually-hidden">
        {status}
      </p>
    </section>
  );
}
