/** The parts of a KeyboardEvent the quick entry's shortcuts read. */
export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  target: EventTarget | null;
}

/** Input types that do not take typed text (digits typed there are shortcuts). */
const NON_TEXT_INPUTS = new Set([
  'button',
  'checkbox',
  'color',
  'file',
  'image',
  'radio',
  'range',
  'reset',
  'submit',
]);

/** True where typing a digit must write the digit: text fields, text areas, editables. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).tagName !== 'string') return false;
  const element = target as HTMLElement;
  const tag = element.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select') return true;
  if (tag === 'input') {
    return !NON_TEXT_INPUTS.has((element.getAttribute('type') ?? 'text').toLowerCase());
  }
  return element.isContentEditable === true;
}

/** The rating a key press sets (keys 1–5 outside text fields), or null. */
export function ratingFromKey(event: KeyLike): number | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (!/^[1-5]$/.test(event.key) || isTextEntry(event.target)) return null;
  return Number(event.key);
}

/** Ctrl+Enter (Windows, Linux) or Cmd+Enter (macOS) saves from anywhere in the form. */
export function isSaveShortcut(event: KeyLike): boolean {
  return event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.altKey;
}
