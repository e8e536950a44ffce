import type { FieldIssue } from '@/lib/messaging/errors';
import { NUDGE_RULES, type NudgeRule } from '@/lib/model/nudge';
import type { SettingsChanges, SettingsFields } from '@/lib/model/settings';

/** The reminder settings as the form holds them: numbers from number inputs, rules turned on. */
export interface ReminderFormValues {
  noFeedbackNudgeDays: number;
  noPraiseNudgeDays: number;
  onlyNegativeNudgeCount: number;
  contractEndingNudgeDays: number;
  reviewCadenceDays: number;
  timeZone: string;
  notificationsEnabled: boolean;
  enabledRules: NudgeRule[];
}

export function settingsToFormValues(settings: SettingsFields): ReminderFormValues {
  const disabled = new Set(settings.disabledNudgeRules);
  return {
    noFeedbackNudgeDays: settings.noFeedbackNudgeDays,
    noPraiseNudgeDays: settings.noPraiseNudgeDays,
    onlyNegativeNudgeCount: settings.onlyNegativeNudgeCount,
    contractEndingNudgeDays: settings.contractEndingNudgeDays,
    reviewCadenceDays: settings.reviewCadenceDays,
    timeZone: settings.timeZone,
    notificationsEnabled: settings.notificationsEnabled,
    enabledRules: NUDGE_RULES.filter((rule) => !disabled.has(rule)),
  };
}

export function formValuesToSettings(values: ReminderFormValues): SettingsChanges {
  // A single checkbox left on comes back from the form as a string, none as false.
  const raw = values.enabledRules as unknown;
  const enabled = new Set<string>(
    Array.isArray(raw) ? (raw as string[]) : typeof raw === 'string' ? [raw] : [],
  );
  return {
    noFeedbackNudgeDays: values.noFeedbackNudgeDays,
    noPraiseNudgeDays: values.noPraiseNudgeDays,
    onlyNegativeNudgeCount: values.onlyNegativeNudgeCount,
    contractEndingNudgeDays: values.contractEndingNudgeDays,
    reviewCadenceDays: values.reviewCadenceDays,
    timeZone: values.timeZone.trim(),
    notificationsEnabled: values.notificationsEnabled,
    disabledNudgeRules: NUDGE_RULES.filter((rule) => !enabled.has(rule)),
  };
}

/** The form field a validation issue belongs to. */
export function formFieldForIssue(issue: FieldIssue): keyof ReminderFormValues | 'root' {
  const [first] = issue.path.split('.');
  if (first === 'disabledNudgeRules') return 'enabledRules';
  const fields: string[] = [
    'noFeedbackNudgeDays',
    'noPraiseNudgeDays',
    'onlyNegativeNudgeCount',
    'contractEndingNudgeDays',
    'reviewCadenceDays',
    'timeZone',
    'notificationsEnabled',
  ];
  return first && fields.includes(first) ? (first as keyof ReminderFormValues) : 'root';
}
