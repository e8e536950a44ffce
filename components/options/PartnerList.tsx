import type { AsyncState } from '@/components/common/use-async';
import { PartnerStatusBadge } from '@/components/common/PartnerStatusBadge';
import type { Partner } from '@/lib/model/partner';

interface Props {
  state: AsyncState<Partner[]>;
  selectedId: string | null;
  onRetry(): void;
}

export function PartnerList({ state, selectedId, onRetry }: Props) {
  return (
    <div className="pl-partner-list">
      <div className="pl-list-head">
        <h2>Partners</h2>
        <a className="pl-button-secondary" href="#/partners/new">
          Add partner
        </a>
      </div>
      {state.status === 'loading' && <p role="status">Loading partners…</p>}
      {state.status === 'error' && (
        <div role="alert" className="pl-form-error">
          <p>{state.message}</p>
          <button type="button" onClick={onRetry}>
            Try again
          </button>
        </div>
      )}
      {state.status === 'ready' && state.data.length === 0 && (
        <p className="pl-hint">No partners yet.</p>
      )}
      {state.status === 'ready' && state.data.length > 0 && (
        <ul>
          {state.data.map((partner) => (
            <li key={partner.id}>
              <a
                href={`#/partners/${partner.id}`}
                aria-current={partner.id === selectedId ? 'page' : undefined}
                data-testid="pl-partner-link"
              >
                <span>{partner.name}</span>
                <PartnerStatusBadge status={partner.status} />
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
