import '@/lib/model/zod-jitless';
import { startEarlyReads } from '@/components/popup/popup-early';
import { startPopup } from '@/components/popup/popup-start';
// Styles here, so the page links them in its head rather than when the app chunk loads.
import '@/components/common/extension-page.css';
import './popup.css';

// Start reading the tab, its snapshot, partners and drafts first; with a snapshot of the
// page, the form is drawn in plain DOM before React, zod and the components load (tens of
// milliseconds). Static imports would all evaluate before this line; the dynamic one after.
void startPopup(startEarlyReads(), () => import('./render-popup'));
