import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PopupApp } from '@/components/popup/PopupApp';
import { startPopupBoot } from '@/components/popup/popup-boot';
import '@/components/common/extension-page.css';
import './popup.css';

// Start reading the tab, partners and drafts now, while React renders the first frame.
startPopupBoot();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PopupApp />
  </StrictMode>,
);
