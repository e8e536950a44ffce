/**
 * The RACI roles as plain values, without zod, for the sidebar, which would otherwise build
 * every RACI schema when its bundle loads.
 */
export const RACI_ROLES = ['R', 'A', 'C', 'I'] as const;
export type RaciRoleCode = (typeof RACI_ROLES)[number];

export const RACI_ROLE_LABELS: Record<RaciRoleCode, string> = {
  R: 'Responsible',
  A: 'Accountable',
  C: 'Consulted',
  I: 'Informed',
};
