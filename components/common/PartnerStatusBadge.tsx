import type { PartnerStatus } from '@/lib/model/partner';

export const PARTNER_STATUS_LABELS: Record<PartnerStatus, string> = {
  candidate: 'Candidate',
  active: 'Active',
  paused: 'Paused',
  offboarded: 'Offboarded',
};

export function PartnerStatusBadge({ status }: { status: PartnerStatus }) {
  return (
    <span className={`pl-badge pl-status-${status}`} data-status={status}>
      {PARTNER_STATUS_LABELS[status]}
    </span>
  );
}
