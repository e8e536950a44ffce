import { announcePageVisits } from '@/lib/overlay/announce-page';

/** Always loaded on Asana pages; kept tiny (no React) — see announce-page.ts. */
export default defineContentScript({
  matches: ['https://app.asana.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    announcePageVisits(ctx);
  },
});
