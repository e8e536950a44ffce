import type { InlineTag } from '../../messaging/inline-methods';
import { openSidebarOnClick } from '../open-sidebar-button';
import { OWN_ATTRIBUTE } from './batched-observer';
import { raciWords } from './raci-words';

const CHIP_CSS = `
:host{all:initial;position:relative;display:inline-block;vertical-align:middle;margin:4px 0}
button{position:relative;display:inline-block;max-width:280px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;padding:2px 8px;
border:1px solid #0c66e4;border-radius:12px;background:#e9f2ff;color:#0747a6;cursor:pointer;
font:600 12px/18px -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Arial,sans-serif}
button:hover{background:#cce0ff}
button:focus-visible{outline:2px solid #0c66e4;outline-offset:2px}
.hidden{font-size:0;line-height:0}
.failure{position:absolute;left:0;top:100%;z-index:2147483000;margin-top:4px;padding:4px 8px;width:max-content;max-width:280px;
border:1px solid #ae2e24;border-radius:4px;background:#ffeceb;color:#5d1f1a;font:400 12px/16px -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Arial,sans-serif}
.failure[hidden]{display:none}
`;

/** Read by screen readers, not shown (inline: a positioned span would split the name). */
function hiddenText(text: string): HTMLElement {
  const span = document.createElement('span');
  span.className = 'hidden';
  span.textContent = text;
  return span;
}

/**
 * The chip beside an item title: "Acme · R", a real button whose accessible name says it in
 * words and what it does, and says so when the sidebar could not be opened. In its own shadow
 * root so neither page nor chip styles leak.
 */
export function createChip(tag: InlineTag, onOpen: () => Promise<void>): HTMLElement {
  const host = document.createElement('partner-lens-chip');
  host.setAttribute(OWN_ATTRIBUTE, 'chip');
  host.setAttribute('data-partner-id', tag.partnerId);
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = CHIP_CSS;
  const button = document.createElement('button');
  button.type = 'button';
  button.setAttribute('data-testid', 'pl-chip');
  button.setAttribute('data-partner-id', tag.partnerId);
  // Named by its content (no aria-label), so the visible text is part of the name: "Partner
  // Lens: Acme, Responsible. Open the sidebar"; the letter is shown, the word is read.
  const roles = raciWords(tag.letters);
  const label = document.createElement('span');
  label.className = 'name';
  label.textContent = tag.partnerName;
  if (tag.letters) {
    const letters = document.createElement('span');
    letters.setAttribute('aria-hidden', 'true');
    letters.textContent = ` · ${tag.letters}`;
    label.append(letters);
  }
  button.append(
    hiddenText('Partner Lens: '),
    label,
    hiddenText(`${roles ? `, ${roles}` : ''}. Open the sidebar`),
  );
  button.title = 'Open the Partner Lens sidebar';
  // Said under the chip when the sidebar could not come (e.g. the extension was updated and
  // this page still runs the old script), instead of a click that does nothing.
  const failure = document.createElement('span');
  failure.className = 'failure';
  failure.setAttribute('role', 'alert');
  failure.hidden = true;
  button.addEventListener('click', (event) => {
    // The chip sits in the host's markup (sometimes inside a clickable header): keep the click.
    event.preventDefault();
    event.stopPropagation();
  });
  openSidebarOnClick(button, failure, onOpen);
  root.append(style, button, failure);
  return host;
}
