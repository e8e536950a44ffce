import type { Partner } from '@/lib/model/partner';
import { PartnerStatusBadge } from './PartnerStatusBadge';

interface Props {
  partner: Partner;
  /** Why this partner was matched, e.g. "Jira project ACME … is mapped to Acme". */
  reason?: string;
  headingLevel?: 2 | 3;
}

/** Name, status, contract and contacts of a partner; shared by sidebar and popup. */
export function PartnerCard({ partner, reason, headingLevel = 3 }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="pl-partner" aria-label={`Partner ${partner.name}`}>
      <div className="pl-partner-head">
        <Heading className="pl-partner-name" data-testid="pl-partner-name">
          {partner.name}
        </Heading>
        <PartnerStatusBadge status={partner.status} />
      </div>
      {reason && <p className="pl-reason">{reason}</p>}
      {partner.contractEnd && (
        <p className="pl-meta">
          Contract {partner.contractStart ? `${partner.contractStart} – ` : 'until '}
          {partner.contractEnd}
        </p>
      )}
      {partner.contacts.length > 0 ? (
        <ul className="pl-contacts" aria-label="Contacts">
          {partner.contacts.map((contact, index) => (
            <li key={`${contact.name}-${index}`}>
              <span className="pl-contact-name">{contact.name}</span>
              {contact.role && <span className="pl-contact-role"> · {contact.role}</span>}
              {contact.email && (
                <>
                  {' · '}
                  <a href={`mailto:${contact.email}`}>{contact.email}</a>
                </>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="pl-meta">No contacts yet.</p>
      )}
    </section>
  );
}
