import type { OptionsTarget } from '../messaging/methods';

/**
 * The options page URL for a target: a route as given, a partner's KPI page, or the mapping
 * form prefilled with a tracker project; else the start page. `base` is the page's own URL.
 */
export function optionsUrl(base: string, { prefill, partnerId, route }: OptionsTarget): string {
  if (route) return `${base}${route}`;
  if (partnerId) return `${base}#/partners/${partnerId}/kpis`;
  if (!prefill) return base;
  const query = new URLSearchParams({ tool: prefill.tool, site: prefill.site, id: prefill.id });
  return `${base}#/map?${query.toString()}`;
}
