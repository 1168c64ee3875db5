import { useDeferredValue, useId, useMemo, useState, type ChangeEvent } from 'react';
import { Copy, FileUp } from 'lucide-react';
import { checkIpRanges } from '../../../shared/ip-ranges/check.ts';
import { parseCurrentIp } from '../../../shared/ip-ranges/parse-entries.ts';
import { isAcknowledgeableCaution } from '../../../shared/ip-ranges/profile-section.ts';
import { asUiError, assistant, unwrap } from '../../lib/assistant.ts';
import type { WidgetProps } from '../widget-props.ts';
import { MspAcknowledgement } from './MspAcknowledgement.tsx';
import { RangeListField } from './RangeListField.tsx';
import { useSavedIpRanges } from './use-saved-ip-ranges.ts';
import { VerdictBanner } from './VerdictBanner.tsx';
import { WarningList } from './WarningList.tsx';

/** Arctic Wolf lists are small text files; anything bigger is not one. */
const MAX_IMPORT_BYTES = 1_000_000;

/**
 * The Admin IP Ranges check inside the step. The verdict shown while typing comes from the same pure check the main
 * process runs; whether the step may be completed is decided in the main process on the saved lists.
 */
export function IpRangesCheck({ profileId }: WidgetProps) {
  const { inputs, setInputs, view, setView, loaded, error, setError, flush } = useSavedIpRanges(profileId);
  const [notice, setNotice] = useState('');
  const currentIpId = useId();
  const importId = useId();
  const titleId = useId();

  // Deferred, so typing stays smooth even with thousands of Arctic Wolf ranges to re-check.
  const checked = useDeferredValue(inputs);
  const current = useMemo(() => parseCurrentIp(checked.currentIp), [checked.currentIp]);
  const result = useMemo(
    () => checkIpRanges({ adminText: checked.adminText, arcticWolfText: checked.arcticWolfText, currentIp: current?.ok ? current.range : undefined }),
    [checked.adminText, checked.arcticWolfText, current],
  );
  const adminErrors = result.errors.filter((e) => e.file === 'admin');
  // An empty Arctic Wolf list is the banner's message, not an unreadable line under the field.
  const arcticWolfErrors = result.errors.filter((e) => e.file === 'arctic-wolf' && e.input !== '');
  const acknowledgement = view?.acknowledged ? (view.section?.acknowledgement ?? null) : null;
  const acknowledgeable = isAcknowledgeableCaution(result);
  // Copying is what an OK list (or an acknowledged one) earns; a list that would lock people out is never offered.
  const copyable = result.adminRanges.length > 0 && (result.verdict === 'ok' || (acknowledgeable && acknowledgement !== null));

  const acknowledge = async (text: string): Promise<string | undefined> => {
    const saved = await flush();
    if (saved?.result?.verdict !== 'caution') return 'The list changed and is no longer only Arctic Wolf ranges; there is nothing to acknowledge.';
    const answer = await assistant().ipRanges.acknowledge({ profileId, text });
    if (!answer.ok) return answer.error.message;
    setView(answer.value);
    setNotice('Acknowledgement recorded. You can complete this step.');
    return undefined;
  };

  const copy = async () => {
    setNotice('');
    await flush();
    try {
      const { copied } = await unwrap(assistant().ipRanges.copyAdminRanges({ profileId }));
      setNotice(copied === 1 ? 'Copied 1 range. Paste it into the Admin IP Ranges field in Mimecast, then save there.' : `Copied ${copied} ranges. Paste them into the Admin IP Ranges field in Mimecast, then save there.`);
    } catch (e) {
      setError(asUiError(e));
    }
  };

  const importArcticWolf = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setError({ code: 'file-too-large', message: `“${file.name}” is larger than an Arctic Wolf allowlist can be. Choose the text file you saved from the Unified Portal.` });
      return;
    }
    setInputs({ arcticWolfText: await file.text() });
    setNotice(`Imported the Arctic Wolf ranges from “${file.name}”.`);
  };

  if (!loaded) return error ? <p className="field-error" role="alert">{error.message}</p> : <p role="status">Loading your saved lists…</p>;

  return (
    <section className="ip-ranges-check" aria-labelledby={titleId}>
      <h2 id={titleId}>Check the Admin IP Ranges</h2>
      <VerdictBanner result={result} acknowledgedAt={acknowledgement?.at ?? null} />
      <WarningList warnings={result.warnings} />

      <RangeListField
        label="Ranges you will enter in Mimecast"
        hint="One per line, or separated by commas or spaces: a CIDR range (203.0.113.0/24) or a single address. # starts a comment."
        placeholder={'# Head office\n203.0.113.0/24'}
        value={inputs.adminText}
        onChange={(adminText) => setInputs({ adminText })}
        onBlur={() => void flush()}
        errors={adminErrors}
      />
      <RangeListField
        label="Arctic Wolf ranges"
        hint="From the Arctic Wolf Unified Portal: Resources > Allowlist Requirements, the section for your product. Paste them, or import the file you saved."
        placeholder="Paste the ranges from the Unified Portal"
        value={inputs.arcticWolfText}
        onChange={(arcticWolfText) => setInputs({ arcticWolfText })}
        onBlur={() => void flush()}
        errors={arcticWolfErrors}
      >
        <div className="row">
          <label htmlFor={importId} className="button">
            <FileUp size={16} aria-hidden /> Import Arctic Wolf ranges from a file…
          </label>
          <input id={importId} type="file" accept=".txt,.csv,text/plain" className="visually-hidden" onChange={(e) => void importArcticWolf(e)} />
        </div>
      </RangeListField>

      <div className="field">
        <label htmlFor={currentIpId}>Your current public IP address (optional)</label>
        <span id={`${currentIpId}-hint`} className="field-hint">
          The address your network shows to the internet, from your firewall or network team. The assistant warns if
          your list would lock you out.
        </span>
        <input
          id={currentIpId}
          value={inputs.currentIp}
          autoComplete="off"
          spellCheck={false}
          maxLength={100}
          aria-invalid={current?.ok === false ? true : undefined}
          aria-describedby={current?.ok === false ? `${currentIpId}-hint ${currentIpId}-error` : `${currentIpId}-hint`}
          onChange={(e) => setInputs({ currentIp: e.target.value })}
          onBlur={() => void flush()}
        />
        {current?.ok === false && (
          <span id={`${currentIpId}-error`} className="field-error">
            {current.message}
          </span>
        )}
      </div>

      {acknowledgeable && !acknowledgement && <MspAcknowledgement onAcknowledge={acknowledge} />}

      {copyable && (
        <div className="row ip-copy">
          <button type="button" className="primary" onClick={() => void copy()}>
            <Copy size={16} aria-hidden /> Copy the checked list
          </button>
          <span className="muted">
            {result.adminRanges.length} {result.adminRanges.length === 1 ? 'range' : 'ranges'} in canonical form, one per line
          </span>
        </div>
      )}
      <p role="status" className="muted ip-notice">
        {notice}
      </p>
      {error && (
        <p className="field-error" role="alert">
          {error.message}
        </p>
      )}
    </section>
  );
}
