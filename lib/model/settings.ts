import { z } from 'zod';
import { NUDGE_RULES, nudgeRuleSchema } from './nudge';
import { storedRecord, writeInput } from './record-meta';

/**
 * Settings are one record with a fixed id, so that every device edits the same record and
 * sync resolves concurrent changes by last-writer-wins instead of creating duplicates.
 */
export const SETTINGS_ID = '5e771465-0000-4000-8000-000000000001';

export const SIDEBAR_SIDES = ['left', 'right'] as const;
export const sidebarSideSchema = z.enum(SIDEBAR_SIDES, {
  error: 'Choose the left or the right side',
});
export type SidebarSide = z.infer<typeof sidebarSideSchema>;

/** Weekday numbers as `Date.prototype.getDay()` gives them: 0 = Sunday … 6 = Saturday. */
const weekdaySchema = z
  .int({ error: 'Choose working days from Sunday to Saturday' })
  .min(0, 'Choose working days from Sunday to Saturday')
  .max(6, 'Choose working days from Sunday to Saturday');

function nudgeDays(what: string) {
  const message = `Enter ${what} as a whole number of days from 1 to 365`;
  return z.int({ error: message }).min(1, message).max(365, message);
}

/**
 * The zone the user's days are counted in (reminders, the sidebar's dates): the setting when
 * it names a zone this runtime knows (a synced setting may come from another browser), else
 * the browser's own.
 */
export function userTimeZone(setting: string | undefined, browserZone: string): string {
  if (!setting) return browserZone;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: setting });
    return setting;
  } catch {
    return browserZone;
  }
}

/** An IANA time zone name the runtime knows, e.g. `Europe/Berlin`. */
export const timeZoneSchema = z
  .string()
  .trim()
  .min(1, 'Enter a time zone such as Europe/Berlin')
  .max(64, 'Enter a time zone such as Europe/Berlin')
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, 'Enter a time zone such as Europe/Berlin (an IANA name)');

export const settingsFieldsSchema = z.object({
  /** Whether a partner-side person may be Accountable in RACI without being flagged. */
  partnerAccountableAllowed: z.boolean().default(false),
  noFeedbackNudgeDays: nudgeDays('the days without feedback before a reminder').default(14),
  noPraiseNudgeDays: nudgeDays('the days without praise before a reminder').default(60),
  /** How many of the newest feedback entries, all negative, trigger the "only negative" nudge. */
  onlyNegativeNudgeCount: z
    .int({ error: 'Enter the number of entries as a whole number from 2 to 20' })
    .min(2, 'Enter the number of entries as a whole number from 2 to 20')
    .max(20, 'Enter the number of entries as a whole number from 2 to 20')
    .default(5),
  contractEndingNudgeDays: nudgeDays('the days before a contract ends').default(30),
  reviewCadenceDays: nudgeDays('the days between partner reviews').default(91),
  /** Reminder rules the user turned off. */
  disabledNudgeRules: z
    .array(nudgeRuleSchema)
    .max(NUDGE_RULES.length)
    .refine((rules) => new Set(rules).size === rules.length, 'Choose each reminder only once')
    .default([]),
  notificationsEnabled: z.boolean().default(false),
  /** Where days start and end for reminders; empty = the browser's own zone. */
  timeZone: z.union([z.literal(''), timeZoneSchema]).default(''),
  businessDays: z
    .array(weekdaySchema)
    .min(1, 'Choose at least one working day')
    .max(7)
    .refine((days) => new Set(days).size === days.length, 'Choose each working day only once')
    .default([1, 2, 3, 4, 5]),
  sidebarSide: sidebarSideSchema.default('right'),
});

const settingsIdSchema = z.literal(SETTINGS_ID, { error: 'Expected the settings record id' });

export const settingsInputSchema = writeInput(settingsFieldsSchema).extend({
  id: settingsIdSchema.default(SETTINGS_ID),
});
export type SettingsInput = z.input<typeof settingsInputSchema>;

export const settingsSchema = storedRecord(settingsFieldsSchema).extend({ id: settingsIdSchema });
export type Settings = z.infer<typeof settingsSchema>;

export type SettingsFields = z.infer<typeof settingsFieldsSchema>;

/**
 * A change to some settings: only the fields given, without defaults. (`.partial()` on the
 * fields schema would fill every missing field with its default and so reset it on save.)
 */
export const settingsChangesSchema = z.object(
  Object.fromEntries(
    Object.entries(settingsFieldsSchema.shape).map(([key, field]) => [
      key,
      (field instanceof z.ZodDefault ? field.unwrap() : field).optional(),
    ]),
  ) as {
    [Key in keyof typeof settingsFieldsSchema.shape]: z.ZodOptional<
      (typeof settingsFieldsSchema.shape)[Key] extends z.ZodDefault<infer Inner>
        ? Inner
        : (typeof settingsFieldsSchema.shape)[Key]
    >;
  },
);
export type SettingsChanges = z.infer<typeof settingsChangesSchema>;
/** What a fresh install uses until the user saves settings (a new object on each call). */
export function defaultSettings(): SettingsFields {
  return settingsFieldsSchema.parse({});
}
