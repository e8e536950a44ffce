import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  SETTINGS_ID,
  defaultSettings,
  userTimeZone,
  settingsInputSchema,
  settingsSchema,
} from '../../../lib/model';
import { settingsChangesSchema } from '../../../lib/model/settings';
import { META, accepted, issuesOf } from './issues';

describe('settings', () => {
  it('has a fixed id that is a valid record id', () => {
    accepted(z.uuid(), SETTINGS_ID);
    expect(accepted(settingsInputSchema, {}).id).toBe(SETTINGS_ID);
  });

  it('defaults to the documented values', () => {
    expect(defaultSettings()).toEqual({
      partnerAccountableAllowed: false,
      noFeedbackNudgeDays: 14,
      noPraiseNudgeDays: 60,
      onlyNegativeNudgeCount: 5,
      contractEndingNudgeDays: 30,
      reviewCadenceDays: 91,
      disabledNudgeRules: [],
      notificationsEnabled: false,
      timeZone: '',
      businessDays: [1, 2, 3, 4, 5],
      sidebarSide: 'right',
    });
    // Each call gives a fresh object, so one caller cannot change another's defaults.
    defaultSettings().businessDays.push(6);
    expect(defaultSettings().businessDays).toEqual([1, 2, 3, 4, 5]);
  });

  it('refuses any other id, so there is only ever one settings record', () => {
    expect(issuesOf(settingsInputSchema, { id: META.id })).toEqual({
      id: 'Expected the settings record id',
    });
    expect(issuesOf(settingsSchema, { ...defaultSettings(), ...META })).toHaveProperty('id');
    accepted(settingsSchema, { ...defaultSettings(), ...META, id: SETTINGS_ID });
  });

  it('rejects unusable working days and nudge periods', () => {
    expect(issuesOf(settingsInputSchema, { businessDays: [] })).toEqual({
      businessDays: 'Choose at least one working day',
    });
    expect(issuesOf(settingsInputSchema, { businessDays: [1, 1] })).toEqual({
      businessDays: 'Choose each working day only once',
    });
    expect(issuesOf(settingsInputSchema, { businessDays: [7] })).toEqual({
      'businessDays.0': 'Choose working days from Sunday to Saturday',
    });
    expect(issuesOf(settingsInputSchema, { noFeedbackNudgeDays: 0, sidebarSide: 'top' })).toEqual({
      noFeedbackNudgeDays:
        'Enter the days without feedback before a reminder as a whole number of days from 1 to 365',
      sidebarSide: 'Choose the left or the right side',
    });
  });

  it('reads a record saved before the reminder settings existed, with their defaults', () => {
    const old = { ...META, id: SETTINGS_ID, noFeedbackNudgeDays: 10, notificationsEnabled: true };
    expect(accepted(settingsSchema, old)).toMatchObject({
      noFeedbackNudgeDays: 10,
      notificationsEnabled: true,
      contractEndingNudgeDays: 30,
      reviewCadenceDays: 91,
      onlyNegativeNudgeCount: 5,
      disabledNudgeRules: [],
      timeZone: '',
    });
  });

  it('accepts IANA time zones and rejects others, and unknown or repeated rules', () => {
    expect(accepted(settingsInputSchema, { timeZone: 'Asia/Kolkata' }).timeZone).toBe(
      'Asia/Kolkata',
    );
    expect(issuesOf(settingsInputSchema, { timeZone: 'Mars/Olympus' })).toEqual({
      timeZone: 'Enter a time zone such as Europe/Berlin (an IANA name)',
    });
    expect(issuesOf(settingsInputSchema, { disabledNudgeRules: ['kpi-red', 'kpi-red'] })).toEqual({
      disabledNudgeRules: 'Choose each reminder only once',
    });
    expect(issuesOf(settingsInputSchema, { contractEndingNudgeDays: 0 })).toEqual({
      contractEndingNudgeDays:
        'Enter the days before a contract ends as a whole number of days from 1 to 365',
    });
  });

  it('takes a change without filling the other fields with defaults', () => {
    expect(settingsChangesSchema.parse({ reviewCadenceDays: 30 })).toEqual({
      reviewCadenceDays: 30,
    });
    expect(settingsChangesSchema.safeParse({ reviewCadenceDays: 0 }).success).toBe(false);
  });
});

describe('the zone the user’s days are counted in', () => {
  it('is the setting when the runtime knows it, else the browser’s', () => {
    expect(userTimeZone('Pacific/Kiritimati', 'Europe/Berlin')).toBe('Pacific/Kiritimati');
    expect(userTimeZone('', 'Europe/Berlin')).toBe('Europe/Berlin');
    expect(userTimeZone(undefined, 'Europe/Berlin')).toBe('Europe/Berlin');
    expect(userTimeZone('Mars/Olympus_Mons', 'Europe/Berlin')).toBe('Europe/Berlin');
  });
});
