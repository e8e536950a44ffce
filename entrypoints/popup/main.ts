import { startEarlyReads } from '@/components/popup/popup-early';
// Styles here, so the page links them in its head rather than when the app chunk loads.
import '@/components/common/extension-page.css';
import './popup.css';

// Start reading the tab, partners and drafts first: evaluating React, zod and the components
// (loaded below) takes tens of milliseconds, and the reads run in the browser meanwhile.
// Static imports would all evaluate before this line; the dynamic one comes after it.
startEarlyReads();
void import('./render-popup');
