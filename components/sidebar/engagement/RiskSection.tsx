import type { EngagementViewResult } from '@/lib/messaging/overlay-methods';
import { RISK_BAND_LABELS, riskBand, riskScore } from '@/lib/model/risk-score';

/** The top three open risks by probability × impact. */
export function RiskSection({
  risks,
  onOpen,
}: {
  risks: EngagementViewResult['risks'];
  onOpen(): void;
}) {
  return (
    <section className="pl-section" aria-labelledby="pl-risks-title">
      <h3 id="pl-risks-title">Open risks</h3>
      {risks.top.length === 0 ? (
        <p className="pl-meta">No open risks.</p>
      ) : (
        <ol className="pl-list">
          {risks.top.map((risk) => {
            const score = riskScore(risk);
            const band = riskBand(score);
            return (
              <li key={risk.id} className="pl-risk" data-testid="pl-risk" data-score={score}>
                <span className={`pl-score pl-score-${band}`}>
                  {score}
                  <span className="pl-visually-hidden">
                    {' '}
                    of 25, {RISK_BAND_LABELS[band].toLowerCase()}
                  </span>
                </span>
                <span>
                  <span className="pl-list-title">{risk.title}</span>
                  <span className="pl-meta">
                    {' '}
                    {risk.status === 'mitigating' ? 'Mitigating' : 'Open'}
                    {risk.owner ? ` · ${risk.owner}` : ''}
                  </span>
                </span>
              </li>
            );
          })}
        </ol>
      )}
      {risks.open > risks.top.length && (
        <p className="pl-meta">
          {risks.open - risks.top.length} more open.{' '}
          <button type="button" className="pl-link-button pl-small" onClick={onOpen}>
            See the register
          </button>
        </p>
      )}
    </section>
  );
}
