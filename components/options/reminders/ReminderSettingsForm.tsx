import { useState } from 'react';
import { useForm, type FieldPath } from 'react-hook-form';
import { browser } from 'wxt/browser';
import { Field } from '@/components/common/Field';
import { callBackground } from '@/lib/messaging/client';
import { RpcError, issuesFromZod, type FieldIssue } from '@/lib/messaging/errors';
import { NUDGE_RULES } from '@/lib/model/nudge';
import { settingsChangesSchema, type SettingsFields } from '@/lib/model/settings';
import { NUDGE_RULE_LABELS } from '@/lib/prompts/registry';
import {
  formFieldForIssue,
  formValuesToSettings,
  settingsToFormValues,
  type ReminderFormValues,
} from './reminder-settings-values';

interface Props {
  settings: SettingsFields;
  onSaved(): void;
}

const NOTIFICATIONS_REFUSED =
  'Your browser did not allow notifications, so they stay off. Turn them on again and choose Allow; if no question appears, allow notifications for Partner Lens in the browser’s settings.';

function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

function knownTimeZones(): string[] {
  const intl = Intl as { supportedValuesOf?: (key: string) => string[] };
  return intl.supportedValuesOf?.('timeZone') ?? [];
}

/** Thresholds of the reminder rules, which rules are on, time zone and desktop notifications. */
export function ReminderSettingsForm({ settings, onSaved }: Props) {
  const form = useForm<ReminderFormValues>({ defaultValues: settingsToFormValues(settings) });
  const { register, handleSubmit, setError, setValue, formState } = form;
  const errors = formState.errors;
  const [notice, setNotice] = useState('');
  const [saved, setSaved] = useState('');

  const showIssues = (issues: FieldIssue[]) => {
    for (const issue of issues) {
      const field = formFieldForIssue(issue);
      setError(field as FieldPath<ReminderFormValues>, { message: issue.message });
    }
  };

  const submit = handleSubmit(async (values) => {
    setSaved('');
    const changes = formValuesToSettings(values);
    const checked = settingsChangesSchema.safeParse(changes);
    if (!checked.success) return showIssues(issuesFromZod(checked.error));
    try {
      await callBackground('settings.save', checked.data);
      setSaved('Reminder settings saved. The reminders above are updated.');
      onSaved();
    } catch (error) {
      if (error instanceof RpcError && error.issues.length > 0) return showIssues(error.issues);
      setError('root', {
        message: `${error instanceof Error ? error.message : 'The settings could not be saved.'} Try again.`,
      });
    }
  });

  const notifications = register('notificationsEnabled');
  const onNotificationsChange = async (event: React.ChangeEvent<HTMLInputElement>) => {
    const on = event.target.checked;
    setNotice('');
    if (!on) return notifications.onChange(event);
    // Asked straight from the click: browsers show the prompt only during a user gesture.
    let granted = false;
    try {
      granted = await browser.permissions.request({ permissions: ['notifications'] });
    } catch {
      granted = false;
    }
    setValue('notificationsEnabled', granted, { shouldDirty: true });
    setNotice(
      granted
        ? 'Notifications are allowed. Save to show a desktop notification for each new reminder.'
        : NOTIFICATIONS_REFUSED,
    );
  };

  const zones = knownTimeZones();
  const numberField = (
    name: keyof Pick<
      ReminderFormValues,
      | 'noFeedbackNudgeDays'
      | 'noPraiseNudgeDays'
      | 'onlyNegativeNudgeCount'
      | 'contractEndingNudgeDays'
      | 'reviewCadenceDays'
    >,
    label: string,
    hint: string,
  ) => (
    <Field label={label} hint={hint} error={errors[name]?.message}>
      <input
        type="number"
        inputMode="numeric"
        min={1}
        {...register(name, { valueAsNumber: true })}
      />
    </Field>
  );

  return (
    <form
      className="pl-form pl-reminder-settings"
      data-testid="pl-reminder-settings"
      onSubmit={submit}
      noValidate
      aria-labelledby="pl-reminder-settings-title"
    >
      <h2 id="pl-reminder-settings-title">Reminder settings</h2>
      {errors.root && (
        <p className="pl-form-error" role="alert">
          {errors.root.message}
        </p>
      )}
      <fieldset className="pl-fieldset">
        <legend>Remind me about</legend>
        {errors.enabledRules && (
          <p className="pl-field-error" role="alert">
            {errors.enabledRules.message}
          </p>
        )}
        <div className="pl-checkbox-grid">
          {NUDGE_RULES.map((rule) => (
            <label key={rule} className="pl-checkbox">
              <input type="checkbox" value={rule} {...register('enabledRules')} />
              {NUDGE_RULE_LABELS[rule]}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="pl-row">
        {numberField(
          'noFeedbackNudgeDays',
          'No feedback for (days)',
          'Remind after this many days without feedback for an active partner.',
        )}
        {numberField(
          'noPraiseNudgeDays',
          'No praise for (days)',
          'Remind after this many days without praise.',
        )}
      </div>
      <div className="pl-row">
        {numberField(
          'onlyNegativeNudgeCount',
          'Only criticism in the last (entries)',
          'Remind when this many newest feedback entries hold no praise.',
        )}
        {numberField(
          'contractEndingNudgeDays',
          'Contract ends within (days)',
          'Remind this many days before a contract’s end date.',
        )}
      </div>
      <div className="pl-row">
        {numberField(
          'reviewCadenceDays',
          'Review every (days)',
          'A review is due this many days after the last reviewed period, or the contract start.',
        )}
        <Field
          label="Time zone"
          hint={`Where your days start and end. Leave empty to use this browser’s: ${browserTimeZone()}.`}
          error={errors.timeZone?.message}
        >
          <input
            type="text"
            list="pl-time-zones"
            autoComplete="off"
            spellCheck={false}
            placeholder={browserTimeZone()}
            {...register('timeZone')}
          />
        </Field>
        <datalist id="pl-time-zones">
          {zones.map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
      </div>
      <div className="pl-field">
        <label className="pl-checkbox">
          <input
            type="checkbox"
            {...notifications}
            onChange={(event) => void onNotificationsChange(event)}
            aria-describedby="pl-notifications-hint"
          />
          Desktop notifications for new reminders
        </label>
        <p id="pl-notifications-hint" className="pl-hint">
          Off by default. Turning them on asks your browser for permission to show notifications.
        </p>
        {notice && (
          <p
            className={notice === NOTIFICATIONS_REFUSED ? 'pl-form-error' : 'pl-hint'}
            role="status"
          >
            {notice}
          </p>
        )}
      </div>
      <div className="pl-actions">
        <button type="submit" className="pl-button-primary" disabled={formState.isSubmitting}>
          Save reminder settings
        </button>
        <p role="status" className="pl-meta">
          {saved}
        </p>
      </div>
    </form>
  );
}
