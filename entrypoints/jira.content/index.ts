import { announcePageVisits } from '@/lib/overlay/announce-page';

/** Always loaded on Jira pages; kept tiny (no React) — see announce-page.ts. */
export default defineContentScript({
  matches: ['https://*.atlassian.net/*'],
  runAt: 'document_idle',
  main(ctx) {
    announcePageVisits(ctx);
  },
});
