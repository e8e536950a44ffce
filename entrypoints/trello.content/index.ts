import { announcePageVisits } from '@/lib/overlay/announce-page';

/** Always loaded on Trello pages; kept tiny (no React) — see announce-page.ts. */
export default defineContentScript({
  matches: ['https://trello.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    announcePageVisits(ctx);
  },
});
