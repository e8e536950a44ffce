import { useState } from 'react';
import { Field } from '@/components/common/Field';
import type { AsyncState } from '@/components/common/use-async';
import { callBackground } from '@/lib/messaging/client';
import type { MappingPrefill } from '@/lib/messaging/methods';
import { TOOL_LABELS } from '@/lib/model/host-context';
import type { Partner } from '@/lib/model/partner';
import { MAPPABLE_NOUN } from '@/lib/overlay/describe-context';
import { navigate } from './route';

interface Props {
  prefill: MappingPrefill | null;
  partners: AsyncState<Partner[]>;
  onChanged(): void;
}

const NEW_PARTNER = '__new__';

/** "Map this project to a partner", opened from the sidebar with the page's project or board. */
export function MapScopePage({ prefill, partners, onChanged }: Props) {
  const [choice, setChoice] = useState('');
  const [newName, setNewName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (!prefill) {
    return (
      <p className="pl-empty" role="alert">
        This mapping link is incomplete. Open the sidebar on the project or board again and use “Map
        this project to a partner”.
      </p>
    );
  }
  const noun = MAPPABLE_NOUN[prefill.tool];
  const what = `${TOOL_LABELS[prefill.tool]} ${noun} ${prefill.id} on ${new URL(prefill.site).host}`;
  const list = partners.status === 'ready' ? partners.data : [];

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!choice) return setError('Choose a partner, or create a new one.');
    if (choice === NEW_PARTNER && !newName.trim()) return setError('Enter the new partner’s name.');
    setBusy(true);
    try {
      const partnerId =
        choice === NEW_PARTNER
          ? (await callBackground('partners.save', { name: newName })).id
          : choice;
      await callBackground('scopes.save', {
        partnerId,
        tool: prefill.tool,
        site: prefill.site,
        ids: [prefill.id],
      });
      onChanged();
      navigate(`#/partners/${partnerId}`);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'The mapping could not be saved.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="pl-form"
      onSubmit={(event) => void save(event)}
      noValidate
      aria-labelledby="pl-map-title"
    >
      <h2 id="pl-map-title">Map {what}</h2>
      <p>Choose the partner whose work lives in this {noun}. Reload the tracker page afterwards.</p>
      {error && (
        <p className="pl-form-error" role="alert">
          {error}
        </p>
      )}
      <Field label="Partner">
        <select value={choice} onChange={(event) => setChoice(event.target.value)}>
          <option value="">Choose a partner…</option>
          {list.map((partner) => (
            <option key={partner.id} value={partner.id}>
              {partner.name}
            </option>
          ))}
          <option value={NEW_PARTNER}>Create a new partner…</option>
        </select>
      </Field>
      {choice === NEW_PARTNER && (
        <Field label="New partner’s name">
          <input type="text" value={newName} onChange={(event) => setNewName(event.target.value)} />
        </Field>
      )}
      <div className="pl-actions">
        <button type="submit" className="pl-button-primary" disabled={busy}>
          Map {noun}
        </button>
      </div>
    </form>
  );
}
