import { useId, useState } from 'react';
import { checkBaseUrl, gatewayIds, gateways, type GatewayChoice } from '../../../shared/verification/gateways.ts';

export interface GatewayPickerProps {
  saved: GatewayChoice;
  disabled: boolean;
  /** Saves the choice; answers false when the main process refused it (its message is shown by the panel). */
  onSave: (choice: GatewayChoice) => Promise<boolean>;
}

/**
 * Global, US, UK or a custom base URL. The URL rules are the same pure function the main process applies, so an
 * API 1.0 host or a plain-http address is explained while typing, before anything is saved or sent.
 */
export function GatewayPicker({ saved, disabled, onSave }: GatewayPickerProps) {
  const [kind, setKind] = useState<GatewayChoice['kind']>(saved.kind);
  const [customUrl, setCustomUrl] = useState(saved.kind === 'custom' ? saved.baseUrl : '');
  const name = useId();
  const urlId = useId();
  const check = customUrl.trim() === '' ? null : checkBaseUrl(customUrl);
  const problem = check && !check.ok ? check.message : null;

  const pick = (next: GatewayChoice['kind']) => {
    setKind(next);
    if (next !== 'custom') void onSave({ kind: next });
    else if (check?.ok) void onSave({ kind: 'custom', baseUrl: check.baseUrl });
  };

  const saveCustom = () => {
    if (kind === 'custom' && check?.ok && !(saved.kind === 'custom' && saved.baseUrl === check.baseUrl)) {
      void onSave({ kind: 'custom', baseUrl: check.baseUrl });
    }
  };

  return (
    <fieldset className="verification-gateway" disabled={disabled}>
      <legend>Mimecast API gateway</legend>
      {gatewayIds.map((id) => (
        <label key={id} className="verification-gateway-option">
          <input type="radio" name={name} value={id} checked={kind === id} onChange={() => pick(id)} />
          <span>
            {gateways[id].label} <code>{gateways[id].baseUrl}</code>
            <span className="field-hint"> — {gateways[id].note}</span>
          </span>
        </label>
      ))}
      <label className="verification-gateway-option">
        <input type="radio" name={name} value="custom" checked={kind === 'custom'} onChange={() => pick('custom')} />
        <span>Custom base URL</span>
      </label>
      {kind === 'custom' && (
        <div className="field verification-custom-url">
          <label htmlFor={urlId}>Base URL</label>
          <input
            id={urlId}
            type="url"
            value={customUrl}
            placeholder="https://"
            autoComplete="off"
            spellCheck={false}
            maxLength={2048}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${urlId}-error` : undefined}
            onChange={(e) => setCustomUrl(e.target.value)}
            onBlur={saveCustom}
          />
          {problem && (
            <span id={`${urlId}-error`} className="field-error">
              {problem}
            </span>
          )}
        </div>
      )}
    </fieldset>
  );
}
