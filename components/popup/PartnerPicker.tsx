import { useId, useMemo, useState, type KeyboardEvent, type Ref } from 'react';
import { matchPartners, partnerNamed } from '@/lib/feedback/match-partners';
import type { Partner } from '@/lib/model/partner';
import { noPartnerMatchText, PICKER_PLACEHOLDER } from './form-text';

interface Props {
  partners: readonly Partner[];
  value: string | undefined;
  onChange(partnerId: string | undefined): void;
  error?: string;
  inputRef?: Ref<HTMLInputElement>;
  /** The text to start with (what was typed in the first frame); else the chosen name. */
  initialQuery?: string;
}

/**
 * A partner picker with type-ahead: the ARIA 1.2 combobox pattern (a text box that filters
 * a listbox; arrow keys move, Enter picks, Esc closes), so it works from the keyboard and
 * with screen readers.
 */
export function PartnerPicker({ partners, value, onChange, error, inputRef, initialQuery }: Props) {
  const id = useId();
  const listId = `${id}-list`;
  const errorId = `${id}-error`;
  const selected = partners.find((partner) => partner.id === value);
  const [query, setQuery] = useState(initialQuery ?? selected?.name ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const matches = useMemo(() => matchPartners(partners, query), [partners, query]);
  const activeIndex = Math.min(active, matches.length - 1);
  const optionId = (index: number) => `${id}-option-${index}`;

  const pick = (partner: Partner) => {
    setQuery(partner.name);
    setOpen(false);
    onChange(partner.id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Ctrl/Cmd+Enter is the form's save shortcut: leave it to the form.
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) {
          setOpen(true);
          setActive(0);
        } else setActive((index) => Math.min(index + 1, matches.length - 1));
        break;
      case 'ArrowUp':
        event.preventDefault();
        setOpen(true);
        setActive((index) => Math.max(index - 1, 0));
        break;
      case 'Enter':
        if (open && matches[activeIndex]) {
          event.preventDefault();
          pick(matches[activeIndex]);
        }
        break;
      case 'Escape':
        if (open) {
          event.preventDefault();
          event.stopPropagation();
          setOpen(false);
        }
        break;
    }
  };

  return (
    <div
      className={`pl-field pl-picker${error ? ' pl-field-invalid' : ''}`}
      data-testid="pl-partner-picker"
    >
      <label htmlFor={id}>Partner</label>
      <input
        ref={inputRef}
        id={id}
        name="partner"
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder={PICKER_PLACEHOLDER}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && activeIndex >= 0 ? optionId(activeIndex) : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        value={query}
        onChange={(event) => {
          const text = event.target.value;
          setQuery(text);
          setOpen(true);
          setActive(0);
          // Typing replaces the choice until a partner is picked again.
          const exact = partnerNamed(partners, text);
          if (exact?.id !== value) onChange(exact?.id);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label="Partners"
        className="pl-picker-list"
        hidden={!open || matches.length === 0}
      >
        {matches.map((partner, index) => (
          <li
            key={partner.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === activeIndex}
            className="pl-picker-option"
            // Mouse down, not click: the input keeps the focus and does not close the list first.
            onMouseDown={(event) => {
              event.preventDefault();
              pick(partner);
            }}
          >
            {partner.name}
            {partner.status !== 'active' && <span className="pl-meta"> · {partner.status}</span>}
          </li>
        ))}
      </ul>
      {open && matches.length === 0 && (
        <p className="pl-hint">{noPartnerMatchText(partners.length, query)}</p>
      )}
      {error && (
        <p id={errorId} className="pl-field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
