import { useState, type FormEvent } from 'react';
import { browser } from 'wxt/browser';
import { Field } from '@/components/common/Field';
import { useAsync } from '@/components/common/use-async';
import { callBackground } from '@/lib/messaging/client';
import { jiraSiteMatchPattern, parseJiraSiteInput, type JiraSite } from '@/lib/model/jira-site';

const describeSite = (site: JiraSite) => `${site.origin}${site.contextPath}`;

/**
 * Self-hosted Jira (Data Center / Server): the user adds the address, the browser asks for
 * permission to read that one site, and the overlay starts working there.
 */
export function JiraSitesPage() {
  const [sites, reload] = useAsync(() => callBackground('jiraSites.list', {}));
  const [address, setAddress] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setMessage(null);
    const parsed = parseJiraSiteInput(address);
    if (!parsed.ok) return setError(parsed.message);
    setBusy(true);
    try {
      // Asked straight from the click: browsers show the prompt only during a user gesture.
      const granted = await browser.permissions.request({
        origins: [jiraSiteMatchPattern(parsed.site)],
      });
      if (!granted) {
        return setError(
          `Partner Lens needs your permission to read ${parsed.site.origin}. Add it again and choose Allow.`,
        );
      }
      await callBackground('jiraSites.add', { address });
      setAddress('');
      setMessage(`Added ${describeSite(parsed.site)}. Reload its open tabs to see the sidebar.`);
      reload();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'The site could not be added.');
    } finally {
      setBusy(false);
    }
  };

  const remove = async (site: JiraSite) => {
    setError(null);
    setMessage(null);
    try {
      const remaining = await callBackground('jiraSites.remove', site);
      if (!remaining.some((other) => other.origin === site.origin)) {
        // Give the permission back; a build that grants it up front cannot, which is fine.
        await browser.permissions
          .remove({ origins: [jiraSiteMatchPattern(site)] })
          .catch(() => undefined);
      }
      setMessage(`Removed ${describeSite(site)}.`);
      reload();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'The site could not be removed.');
    }
  };

  return (
    <section aria-labelledby="pl-jira-sites-title" className="pl-jira-sites">
      <h2 id="pl-jira-sites-title">Self-hosted Jira</h2>
      <p>
        Jira Cloud (<code>*.atlassian.net</code>), Asana and Trello work without setup. For Jira
        Data Center or Server, add its address here; your browser asks once for permission to read
        that site. Partner Lens only reads from it, with your existing sign-in.
      </p>
      <form
        onSubmit={(event) => void add(event)}
        noValidate
        aria-label="Self-hosted Jira"
        className="pl-form"
      >
        <Field
          label="Jira address"
          hint="For example https://jira.example.com or https://intranet.example.com/jira"
          error={error ?? undefined}
        >
          <input
            type="url"
            value={address}
            onChange={(event) => setAddress(event.target.value)}
            autoComplete="url"
          />
        </Field>
        <div className="pl-actions">
          <button type="submit" className="pl-button-primary" disabled={busy}>
            Add self-hosted Jira
          </button>
        </div>
      </form>
      {message && (
        <p role="status" className="pl-hint">
          {message}
        </p>
      )}
      {sites.status === 'loading' && <p role="status">Loading…</p>}
      {sites.status === 'error' && <p role="alert">{sites.message}</p>}
      {sites.status === 'ready' &&
        (sites.data.length === 0 ? (
          <p className="pl-empty">No self-hosted Jira added.</p>
        ) : (
          <ul className="pl-scope-list" aria-label="Self-hosted Jira sites">
            {sites.data.map((site) => (
              <li key={describeSite(site)} data-testid="pl-jira-site">
                <span>{describeSite(site)}</span>
                <button
                  type="button"
                  className="pl-button-quiet"
                  aria-label={`Remove ${describeSite(site)}`}
                  onClick={() => void remove(site)}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
