import { useEffect, useState } from 'react';
import { mappingPrefillSchema, type MappingPrefill } from '@/lib/messaging/methods';
import { isEngagementPage, type EngagementPageName } from './engagement/engagement-route';

export type OptionsRoute =
  | { page: 'partners' }
  | { page: 'new-partner' }
  | { page: 'partner'; id: string; editing: boolean }
  | { page: 'map'; prefill: MappingPrefill | null }
  | { page: 'jira-sites' }
  | { page: 'feedback' }
  | { page: 'partner-feedback'; id: string }
  | { page: 'reminders' }
  | { page: 'engagement'; id: string; record: EngagementPageName };

/**
 * Parses the options page's hash: `#/partners`, `#/partners/new`, `#/partners/<id>[/edit]`,
 * `#/partners/<id>/<feedback|raci|risks|plan|touchpoints>`, `#/feedback`, `#/reminders`,
 * `#/map?tool=&site=&id=`.
 */
export function parseRoute(hash: string): OptionsRoute {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?');
  const segments = path.split('/').filter(Boolean);
  if (segments[0] === 'map') {
    const params = Object.fromEntries(new URLSearchParams(query));
    const prefill = mappingPrefillSchema.safeParse(params);
    return { page: 'map', prefill: prefill.success ? prefill.data : null };
  }
  if (segments[0] === 'jira-sites') return { page: 'jira-sites' };
  // The feedback history reads its filters from the query itself (feedback-filter.ts).
  if (segments[0] === 'feedback') return { page: 'feedback' };
  if (segments[0] === 'partners' && segments[1] && segments[2] === 'feedback') {
    return { page: 'partner-feedback', id: segments[1] };
  }
  if (segments[0] === 'reminders') return { page: 'reminders' };
  if (segments[0] === 'partners' && segments[1] === 'new') return { page: 'new-partner' };
  if (segments[0] === 'partners' && segments[1] && isEngagementPage(segments[2])) {
    return { page: 'engagement', id: segments[1], record: segments[2] };
  }
  if (segments[0] === 'partners' && segments[1]) {
    return { page: 'partner', id: segments[1], editing: segments[2] === 'edit' };
  }
  return { page: 'partners' };
}

export function navigate(hash: string) {
  location.hash = hash;
}

export function useRoute(): OptionsRoute {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
