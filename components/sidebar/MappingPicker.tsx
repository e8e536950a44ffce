import { useEffect, useId, useState } from 'react';
import { callBackground } from '@/lib/messaging/client';
import type { ResultOf } from '@/lib/messaging/methods';
import type { HostContext } from '@/lib/model/host-context';
import { MAPPABLE_NOUN } from '@/lib/overlay/describe-context';

type Choices = ResultOf<'overlay.partnerChoices'>;

/**
 * "Map this project to …": picks a partner and creates (or extends) its scope right here, so
 * the sidebar fills in without a trip to the options page.
 */
export function MappingPicker({
  context,
  id,
  onMapped,
  onCreatePartner,
}: {
  context: HostContext;
  id: string;
  onMapped(): void;
  onCreatePartner(): void;
}) {
  const [choices, setChoices] = useState<Choices | null>(null);
  const [partnerId, setPartnerId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const selectId = useId();
  const noun = MAPPABLE_NOUN[context.tool];

  useEffect(() => {
    let current = true;
    callBackground('overlay.partnerChoices', {}).then(
      (list) => {
        if (!current) return;
        setChoices(list);
        if (list.length === 1) setPartnerId(list[0]!.id);
      },
      (failure: unknown) =>
        current &&
        setError(failure instanceof Error ? failure.message : 'Could not list the partners.'),
    );
    return () => {
      current = false;
    };
  }, []);

  const map = async () => {
    if (!partnerId) {
      setError('Choose a partner first.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await callBackground('overlay.mapHere', {
        partnerId,
        tool: context.tool,
        site: context.site,
        id,
      });
      onMapped();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'Could not map this page. Try again.');
      setBusy(false);
    }
  };

  if (choices === null && !error) {
    return (
      <p className="pl-meta" role="status">
        Loading partners…
      </p>
    );
  }
  if (choices !== null && choices.length === 0) {
    return (
      <p className="pl-meta">
        No partners yet.{' '}
        <button type="button" className="pl-link-button pl-small" onClick={onCreatePartner}>
          Add a partner
        </button>
      </p>
    );
  }
  return (
    <form
      className="pl-mapping-picker"
      data-testid="pl-mapping-picker"
      onSubmit={(event) => {
        event.preventDefault();
        void map();
      }}
    >
      <label htmlFor={selectId} className="pl-field-label">
        Map this {noun} ({id}) to
      </label>
      <div className="pl-inline-form">
        <select
          id={selectId}
          value={partnerId}
          onChange={(event) => {
            setPartnerId(event.target.value);
            setError(null);
          }}
          aria-invalid={error !== null}
        >
          <option value="">Choose a partner…</option>
          {(choices ?? []).map((choice) => (
            <option key={choice.id} value={choice.id}>
              {choice.name}
              {choice.status === 'active' ? '' : ` (${choice.status})`}
            </option>
          ))}
        </select>
        <button type="submit" className="pl-primary-button" disabled={busy}>
          Map
        </button>
      </div>
      {error && (
        <p className="pl-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
