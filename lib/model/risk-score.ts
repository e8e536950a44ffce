/** Probability × impact, 1–25: the number the register sorts and colours by (no zod). */
export function riskScore(risk: { probability: number; impact: number }): number {
  return risk.probability * risk.impact;
}
