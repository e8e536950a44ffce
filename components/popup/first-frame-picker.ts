import { matchPartners, partnerNamed } from '@/lib/feedback/match-partners';
import type { PickerPartner } from '@/lib/feedback/picker-partners';
import { noPartnerMatchText, PICKER_PLACEHOLDER } from './form-text';

/**
 * The partner picker of the popup's first frame, in plain DOM: the same combobox as the React
 * `PartnerPicker` (a text box filtering a listbox; arrow keys move, Enter picks, Esc closes),
 * with the same markup, so that a partner can be typed and picked before React is in.
 */
export interface FramePicker {
  readonly element: HTMLDivElement;
  /** The picked partner, if any. */
  partnerId(): string | undefined;
  /** What is in the text box. */
  query(): string;
}

export function framePicker(
  id: string,
  partners: readonly PickerPartner[],
  chosenId: string | undefined,
  onChange: () => void,
): FramePicker {
  const listId = `${id}-list`;
  let value = partners.find((partner) => partner.id === chosenId)?.id;
  let open = false;
  let active = 0;

  const input = document.createElement('input');
  for (const [name, attribute] of Object.entries({
    id,
    name: 'partner',
    type: 'text',
    role: 'combobox',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: PICKER_PLACEHOLDER,
    'aria-autocomplete': 'list',
    'aria-controls': listId,
  })) {
    input.setAttribute(name, attribute);
  }
  // As an attribute too, as React writes it.
  input.defaultValue = partners.find((partner) => partner.id === value)?.name ?? '';
  const label = document.createElement('label');
  label.htmlFor = id;
  label.textContent = 'Partner';
  const list = document.createElement('ul');
  list.id = listId;
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Partners');
  list.className = 'pl-picker-list';
  const hint = document.createElement('p');
  hint.className = 'pl-hint';
  const element = document.createElement('div');
  element.className = 'pl-field pl-picker';
  element.dataset.testid = 'pl-partner-picker';
  element.append(label, input, list);

  const optionId = (index: number) => `${id}-option-${index}`;
  const matches = () => matchPartners(partners, input.value);

  const render = () => {
    const found = matches();
    const activeIndex = Math.min(active, found.length - 1);
    input.setAttribute('aria-expanded', String(open));
    if (open && activeIndex >= 0)
      input.setAttribute('aria-activedescendant', optionId(activeIndex));
    else input.removeAttribute('aria-activedescendant');
    list.hidden = !open || found.length === 0;
    list.replaceChildren(
      ...found.map((partner, index) => {
        const option = document.createElement('li');
        option.id = optionId(index);
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', String(index === activeIndex));
        option.className = 'pl-picker-option';
        option.append(partner.name);
        if (partner.status !== 'active') {
          const status = document.createElement('span');
          status.className = 'pl-meta';
          status.textContent = ` · ${partner.status}`;
          option.append(status);
        }
        // Mouse down, not click: the text box keeps the focus and the list stays until picked.
        option.addEventListener('mousedown', (event) => {
          event.preventDefault();
          pick(partner);
        });
        return option;
      }),
    );
    if (open && found.length === 0) {
      hint.textContent = noPartnerMatchText(partners.length, input.value);
      element.insertBefore(hint, list.nextSibling);
    } else hint.remove();
  };

  const pick = (partner: PickerPartner) => {
    input.value = partner.name;
    open = false;
    value = partner.id;
    render();
    onChange();
  };

  input.addEventListener('input', () => {
    open = true;
    active = 0;
    // Typing replaces the choice until a partner is picked again.
    value = partnerNamed(partners, input.value)?.id;
    render();
  });
  input.addEventListener('focus', () => {
    open = true;
    render();
  });
  input.addEventListener('blur', () => {
    open = false;
    render();
  });
  input.addEventListener('keydown', (event) => {
    // Ctrl/Cmd+Enter is the form's save shortcut: leave it to the form.
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const found = matches();
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        active = open ? Math.min(active + 1, found.length - 1) : 0;
        open = true;
        break;
      case 'ArrowUp':
        event.preventDefault();
        open = true;
        active = Math.max(active - 1, 0);
        break;
      case 'Enter': {
        const partner = found[Math.min(active, found.length - 1)];
        if (open && partner) {
          event.preventDefault();
          pick(partner);
        }
        return;
      }
      case 'Escape':
        if (!open) return;
        event.preventDefault();
        event.stopPropagation();
        open = false;
        break;
      default:
        return;
    }
    render();
  });
  render();

  return { element, partnerId: () => value, query: () => input.value };
}
