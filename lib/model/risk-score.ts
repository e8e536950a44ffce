/** Probability × impact, 1–25: the number the register sorts and colours by (no zod). */
export function riskScore(risk: { probability: number; impact: number }): number {
  return risk.probability * risk.impact;
}

export type RiskBand = 'low' | 'medium' | 'high' | 'critical';
export const RISK_BAND_LABELS: Record<RiskBand, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  critical: 'Critical',
};

/** Bands of the usual 5 × 5 matrix: 1–4 low, 5–9 medium, 10–15 high, 16–25 critical. */
export function riskBand(score: number): RiskBand {
  if (score >= 16) return 'critical';
  if (score >= 10) return 'high';
  if (score >= 5) return 'medium';
  return 'low';
}
