import { useId, useState, type FormEvent } from 'react';
import type { NetworkStatus, ProxySource } from '../../../shared/ipc/channels/network.ts';
import { assistant, unwrap } from '../../lib/assistant.ts';
import { useAssistantQuery } from '../../lib/use-assistant-query.ts';
import './network.css';

const SOURCE_TEXT: Record<ProxySource, string> = {
  setting: 'from these Network settings',
  environment: 'from the HTTPS_PROXY / ALL_PROXY environment variable',
  system: "from this computer's proxy settings",
  none: '',
};

function proxyLine(status: NetworkStatus): string {
  const { proxy } = status;
  if (!proxy.address) return `No proxy: the app connects to ${status.gatewayHost} directly.`;
  return `${proxy.address}${proxy.withCredentials ? ' (with a user name and password)' : ''}, ${SOURCE_TEXT[proxy.source]}.`;
}

function trustLine(status: NetworkStatus): string {
  const { trust } = status;
  const parts = [`${trust.system} from this computer's certificate store`, `${trust.bundled} that come with the app`];
  if (trust.file) parts.push(`${trust.file.certificates} from ${trust.file.path}`);
  return `Trusted root certificates: ${parts.join(', ')}.`;
}

/** Joins the address and the optional user name and password into the URL the main process expects. */
function proxyUrl(address: string, user: string, password: string): string | null {
  const text = address.trim();
  if (text === '') return null;
  if (user === '') return text;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`;
  const [scheme, rest] = withScheme.split('://') as [string, string];
  return `${scheme}://${encodeURIComponent(user)}:${encodeURIComponent(password)}@${rest}`;
}

export interface NetworkSectionProps {
  /** Open from the start (the panel opens it when a check failed on the network). */
  defaultOpen?: boolean;
}

/**
 * "Network settings": the proxy in use for the Mimecast gateway and where it comes from, the trusted roots, and the
 * admin's own proxy and company root certificate (PEM file). The password is typed here once and sent to the main
 * process, which keeps it in the protected store; it never comes back.
 */
export function NetworkSection({ defaultOpen = false }: NetworkSectionProps) {
  const { data: status, error, pending, act } = useAssistantQuery(() => unwrap(assistant().network.status()));
  const [saved, setSaved] = useState(false);
  // What the admin types; until they type, the fields show what is saved.
  const [address, setAddress] = useState<string | null>(null);
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const [keepCredentials, setKeepCredentials] = useState(true);
  const [caFile, setCaFile] = useState<string | null>(null);
  const ids = { address: useId(), user: useId(), password: useId(), caFile: useId(), heading: useId() };
  const addressValue = address ?? status?.settings.proxy ?? '';
  const caFileValue = caFile ?? status?.settings.caFile ?? '';
  const saving = pending && status !== undefined;

  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setSaved(false);
    const next = await act(() =>
      unwrap(
        assistant().network.save({
          proxy: proxyUrl(addressValue, user, password),
          keepCredentials: user === '' && keepCredentials,
          caFile: caFileValue.trim() === '' ? null : caFileValue.trim(),
        }),
      ),
    );
    if (!next) return;
    // The saved settings are shown as the main process normalised them.
    setAddress(null);
    setCaFile(null);
    setUser('');
    setPassword('');
    setSaved(true);
  };

  return (
    <details className="network-section" open={defaultOpen}>
      <summary>
        <h3 id={ids.heading}>Network settings: proxy and company certificate</h3>
      </summary>
      {status ? (
        <div role="status" className="network-status">
          <p>
            <strong>Proxy for {status.gatewayHost}:</strong> {proxyLine(status)}
          </p>
          {status.proxyProblem && <p className="field-error">{status.proxyProblem}</p>}
          <p>{trustLine(status)}</p>
          {status.trust.fileProblem && <p className="field-error">{status.trust.fileProblem}</p>}
        </div>
      ) : (
        !error && <p role="status">Reading the network settings…</p>
      )}
      <form className="network-form" aria-labelledby={ids.heading} onSubmit={(e) => void save(e)}>
        <p className="field-hint">
          Leave the proxy empty to use the HTTPS_PROXY environment variable or this computer&apos;s own proxy settings.
          Certificate checks always stay on: if your company inspects HTTPS, give its root certificate below or have IT
          install it in this computer&apos;s certificate store.
        </p>
        <div className="field">
          <label htmlFor={ids.address}>Proxy address</label>
          <input id={ids.address} type="text" value={addressValue} placeholder="http://proxy.example.com:8080" autoComplete="off" spellCheck={false} maxLength={2000} onChange={(e) => setAddress(e.target.value)} />
        </div>
        <div className="network-credentials">
          <div className="field">
            <label htmlFor={ids.user}>Proxy user name (if it asks for one)</label>
            <input id={ids.user} type="text" value={user} autoComplete="off" spellCheck={false} maxLength={500} onChange={(e) => setUser(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={ids.password}>Proxy password</label>
            <input id={ids.password} type="password" value={password} autoComplete="off" maxLength={500} disabled={user === ''} onChange={(e) => setPassword(e.target.value)} />
          </div>
        </div>
        {status?.settings.proxyHasCredentials && user === '' && (
          <label className="network-keep">
            <input type="checkbox" checked={keepCredentials} onChange={(e) => setKeepCredentials(e.target.checked)} /> Keep the saved proxy user name and
            password
          </label>
        )}
        <div className="field">
          <label htmlFor={ids.caFile}>Company root certificate (PEM file path)</label>
          <input id={ids.caFile} type="text" value={caFileValue} placeholder="/path/to/company-root.pem" autoComplete="off" spellCheck={false} maxLength={4096} onChange={(e) => setCaFile(e.target.value)} />
        </div>
        <div className="row">
          <button type="submit" disabled={saving}>
            {saving ? 'Saving…' : 'Save network settings'}
          </button>
          {saved && <span role="status">Saved. The next check uses these settings.</span>}
        </div>
        {error && (
          <p className="field-error" role="alert">
            {error.message}
          </p>
        )}
      </form>
    </details>
  );
}
