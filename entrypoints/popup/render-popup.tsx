import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { pendingFirstFrame } from '@/components/popup/first-frame';
import { PopupApp } from '@/components/popup/PopupApp';
import { startPopupBoot } from '@/components/popup/popup-boot';

// Validate the early reads as they arrive, while React renders the first frame.
const boot = startPopupBoot();

function render() {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <PopupApp />
    </StrictMode>,
  );
}

// A plain-DOM first frame is up: render once the page's reads are checked, so the React
// form takes it over in its first commit (they are in already; checking them is quick).
if (pendingFirstFrame()) void boot.tab.then(render, render);
else render();
