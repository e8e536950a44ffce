import { useCallback } from 'react';
import { useAsync } from '@/components/common/use-async';
import { callBackground } from '@/lib/messaging/client';
import { NudgeList } from './NudgeList';
import { ReminderSettingsForm } from './ReminderSettingsForm';

/** The options page's Reminders section: pending nudges and their settings. */
export function RemindersPage() {
  const [nudges, reloadNudges] = useAsync(() => callBackground('nudges.list', {}));
  const [settings, reloadSettings] = useAsync(() => callBackground('settings.get', {}));
  const settingsSaved = useCallback(() => {
    reloadSettings();
    reloadNudges();
  }, [reloadNudges, reloadSettings]);

  return (
    <div className="pl-reminders">
      <h2 className="pl-page-title">Reminders</h2>
      <p className="pl-meta">
        Partner Lens reminds you when a partner has gone without feedback or praise, gets only
        criticism, misses a touchpoint, a KPI turns red, a milestone is overdue, a contract is
        ending or a review is due. The toolbar button shows how many are pending.
      </p>
      <NudgeList state={nudges} onAnswered={reloadNudges} onRetry={reloadNudges} />
      {settings.status === 'loading' && <p className="pl-empty">Loading the settings…</p>}
      {settings.status === 'error' && (
        <div role="alert">
          <p className="pl-form-error">The settings could not be loaded: {settings.message}</p>
          <button type="button" className="pl-button-secondary" onClick={reloadSettings}>
            Try again
          </button>
        </div>
      )}
      {settings.status === 'ready' && (
        <ReminderSettingsForm settings={settings.data} onSaved={settingsSaved} />
      )}
    </div>
  );
}
