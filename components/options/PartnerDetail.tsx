import { useState } from 'react';
import { PartnerCard } from '@/components/common/PartnerCard';
import type { AsyncState } from '@/components/common/use-async';
import { callBackground } from '@/lib/messaging/client';
import type { Partner } from '@/lib/model/partner';
import type { Scope } from '@/lib/model/scope';
import { EngagementNav } from './engagement/EngagementNav';
import { PartnerKpis } from './kpi/PartnerKpis';
import { PartnerForm } from './PartnerForm';
import { navigate } from './route';
import { ScopeForm } from './ScopeForm';
import { ScopeList } from './ScopeList';

interface Props {
  id: string;
  editing: boolean;
  partners: AsyncState<Partner[]>;
  scopes: AsyncState<Scope[]>;
  onChanged(): void;
}

export function PartnerDetail({ id, editing, partners, scopes, onChanged }: Props) {
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (partners.status !== 'ready') return <p role="status">Loading partner…</p>;
  const partner = partners.data.find((candidate) => candidate.id === id);
  if (!partner) {
    return (
      <p className="pl-empty" role="alert">
        This partner does not exist any more. Choose another partner on the left.
      </p>
    );
  }
  if (editing) {
    return (
      <PartnerForm
        partner={partner}
        onSaved={() => {
          onChanged();
          navigate(`#/partners/${partner.id}`);
        }}
        onCancel={() => navigate(`#/partners/${partner.id}`)}
      />
    );
  }

  const remove = async () => {
    setError(null);
    try {
      await callBackground('partners.delete', { id: partner.id });
      onChanged();
      navigate('#/partners');
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'The partner could not be deleted.');
    }
  };

  const partnerScopes =
    scopes.status === 'ready' ? scopes.data.filter((scope) => scope.partnerId === id) : [];
  return (
    <article className="pl-partner-detail" aria-label={partner.name}>
      <PartnerCard partner={partner} headingLevel={2} />
      {partner.notes && <p className="pl-notes">{partner.notes}</p>}
      {error && (
        <p className="pl-form-error" role="alert">
          {error}
        </p>
      )}
      <div className="pl-actions">
        <a className="pl-button-secondary" href={`#/partners/${partner.id}/edit`}>
          Edit partner
        </a>
        <a className="pl-button-secondary" href={`#/partners/${partner.id}/feedback`}>
          Feedback history
        </a>
        {confirmingDelete ? (
          <span className="pl-confirm" role="group" aria-label="Confirm deletion">
            <span>Delete {partner.name} and its mappings?</span>
            <button type="button" className="pl-button-danger" onClick={() => void remove()}>
              Yes, delete
            </button>
            <button
              type="button"
              className="pl-button-secondary"
              onClick={() => setConfirmingDelete(false)}
            >
              Keep
            </button>
          </span>
        ) : (
          <button
            type="button"
            className="pl-button-quiet"
            onClick={() => setConfirmingDelete(true)}
          >
            Delete partner
          </button>
        )}
      </div>

      <EngagementNav partnerId={partner.id} partnerName={partner.name} />

      <section aria-labelledby="pl-scopes-title" className="pl-scopes">
        <h3 id="pl-scopes-title">Mapped projects and boards</h3>
        {scopes.status === 'loading' && <p role="status">Loading…</p>}
        {scopes.status === 'error' && <p role="alert">{scopes.message}</p>}
        {scopes.status === 'ready' && <ScopeList scopes={partnerScopes} onChanged={onChanged} />}
        <ScopeForm partnerId={partner.id} onSaved={onChanged} />
      </section>

      <PartnerKpis partnerId={partner.id} partnerName={partner.name} />
    </article>
  );
}
