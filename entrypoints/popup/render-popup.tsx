import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PopupApp } from '@/components/popup/PopupApp';
import { startPopupBoot } from '@/components/popup/popup-boot';

// Validate the early reads as they arrive, while React renders the first frame.
startPopupBoot();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PopupApp />
  </StrictMode>,
);
