import { useMemo, useState } from 'react';
import { useCombobox } from 'downshift';
import { Icon } from '../../app/Icon';
import type { Municipality } from './directory.api';

const MAX_SHOWN = 98;

function matches(m: Municipality, query: string): boolean {
  const q = query.trim().toLocaleLowerCase('da');
  return !q || m.name.toLocaleLowerCase('da').includes(q) || m.code.startsWith(q);
}

/**
 * Choose a municipality by typing or from the list: the ARIA 1.2 combobox pattern (downshift's useCombobox):
 * arrow keys move through the options, Enter chooses, Escape closes; a live region tells screen readers how
 * many municipalities match.
 */
export function MunicipalityCombobox({
  municipalities,
  selected,
  onSelect,
}: {
  municipalities: Municipality[];
  selected: Municipality | null;
  onSelect: (m: Municipality | null) => void;
}) {
  const [query, setQuery] = useState(selected?.name ?? '');
  const items = useMemo(() => municipalities.filter((m) => matches(m, query)).slice(0, MAX_SHOWN), [municipalities, query]);
  const { isOpen, highlightedIndex, getLabelProps, getInputProps, getMenuProps, getItemProps, getToggleButtonProps } = useCombobox({
    items,
    selectedItem: selected,
    itemToString: (m) => m?.name ?? '',
    itemToKey: (m) => m?.code,
    onInputValueChange: ({ inputValue }) => setQuery(inputValue ?? ''),
    onSelectedItemChange: ({ selectedItem }) => onSelect(selectedItem ?? null),
  });

  return (
    <div className="form-group municipality-combobox">
      <label className="form-label" {...getLabelProps()}>
        Kommune
      </label>
      <span className="form-hint" id="municipality-hint">
        Skriv navnet på kommunen, eller vælg den på listen.
      </span>
      <div className="combobox-field">
        <input className="form-input" {...getInputProps({ 'aria-describedby': 'municipality-hint' })} />
        <button type="button" className="button button-secondary combobox-toggle" aria-label="Vis alle kommuner" {...getToggleButtonProps()}>
          <Icon name="chevron-down" />
        </button>
      </div>
      <ul className="unstyled-list combobox-menu" {...getMenuProps()} hidden={!isOpen || items.length === 0}>
        {isOpen &&
          items.map((m, index) => (
            <li
              key={m.code}
              className={index === highlightedIndex ? 'combobox-option is-highlighted' : 'combobox-option'}
              {...getItemProps({ item: m, index })}
            >
              {m.name} <span className="combobox-region">{m.region}</span>
            </li>
          ))}
      </ul>
      <p className="sr-only" role="status" aria-live="polite">
        {isOpen ? (items.length === 0 ? 'Ingen kommuner passer.' : `${items.length} kommuner passer. Brug pil op og ned.`) : ''}
      </p>
      {isOpen && items.length === 0 && <p className="form-hint combobox-empty">Ingen kommuner passer til “{query}”.</p>}
    </div>
  );
}
