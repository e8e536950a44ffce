/** The partner's engagement pages in the options page: `#/partners/<id>/<page>`. */
export const ENGAGEMENT_PAGES = ['raci', 'risks', 'plan', 'touchpoints'] as const;
export type EngagementPageName = (typeof ENGAGEMENT_PAGES)[number];

export const ENGAGEMENT_PAGE_LABELS: Record<EngagementPageName, string> = {
  raci: 'RACI',
  risks: 'Risks',
  plan: 'Plan',
  touchpoints: 'Touchpoints',
};

export function isEngagementPage(segment: string | undefined): segment is EngagementPageName {
  return (ENGAGEMENT_PAGES as readonly (string | undefined)[]).includes(segment);
}

export function engagementHash(partnerId: string, page: EngagementPageName | 'kpis'): string {
  return `#/partners/${partnerId}/${page}`;
}
