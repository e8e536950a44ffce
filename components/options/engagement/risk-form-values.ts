import { joinList, splitList } from '@/lib/model/list-text';
import {
  riskScore,
  type Risk,
  type RiskInput,
  type RiskSource,
  type RiskStatus,
} from '@/lib/model/risk';
import { fieldForPath } from './record-resolver';

export const RISK_STATUS_LABELS: Record<RiskStatus, string> = {
  open: 'Open',
  mitigating: 'Mitigating',
  closed: 'Closed',
  occurred: 'Occurred',
};

/** Statuses the register shows until the person asks for more. */
export const DEFAULT_RISK_FILTER: readonly RiskStatus[] = ['open', 'mitigating'];

export const PROBABILITY_LABELS = ['Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain'];
export const IMPACT_LABELS = ['Minor', 'Moderate', 'Significant', 'Major', 'Severe'];

/** The register's order: highest score first, then the most recently changed. */
export function sortRisks(risks: readonly Risk[]): Risk[] {
  return [...risks].sort(
    (a, b) => riskScore(b) - riskScore(a) || b.updatedAt.localeCompare(a.updatedAt),
  );
}

export function filterRisks(risks: readonly Risk[], statuses: readonly RiskStatus[]): Risk[] {
  return risks.filter((risk) => statuses.includes(risk.status));
}

export interface RiskFormValues {
  title: string;
  description: string;
  probability: string;
  impact: string;
  owner: string;
  mitigation: string;
  contingency: string;
  status: RiskStatus;
  linkedItemKeys: string;
}

export const EMPTY_RISK_FORM: RiskFormValues = {
  title: '',
  description: '',
  probability: '3',
  impact: '3',
  owner: '',
  mitigation: '',
  contingency: '',
  status: 'open',
  linkedItemKeys: '',
};

export function riskToFormValues(risk: Risk): RiskFormValues {
  return {
    title: risk.title,
    description: risk.description,
    probability: String(risk.probability),
    impact: String(risk.impact),
    owner: risk.owner,
    mitigation: risk.mitigation,
    contingency: risk.contingency,
    status: risk.status,
    linkedItemKeys: joinList(risk.linkedItemKeys),
  };
}

export function riskFormToInput(
  values: RiskFormValues,
  partnerId: string,
  existing?: { id: string; source: RiskSource },
): RiskInput {
  return {
    id: existing?.id,
    partnerId,
    title: values.title,
    description: values.description,
    probability: Number(values.probability),
    impact: Number(values.impact),
    owner: values.owner,
    mitigation: values.mitigation,
    contingency: values.contingency,
    status: values.status,
    // A suggested risk stays marked as suggested when it is edited.
    source: existing?.source ?? 'manual',
    linkedItemKeys: splitList(values.linkedItemKeys),
  };
}

const FIELDS = [
  'title',
  'description',
  'probability',
  'impact',
  'owner',
  'mitigation',
  'contingency',
  'status',
  'linkedItemKeys',
];

export const riskFieldForIssue = (path: string) => fieldForPath(path, FIELDS);
