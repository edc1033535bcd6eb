import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { entityByName, matchEntities } from '../../core/entities/alias-key';
import type { EntityKind } from '../../core/model/entity';
import { useEntities } from './entities-context';
import { KIND_NAMES } from './entity-kinds';
import './entities.css';

type Option = { kind: 'entity'; id: string; label: string; detail: string } | { kind: 'create'; name: string };

/**
 * Chooses an entity by typing (the ARIA 1.2 combobox pattern: arrow keys move
 * through the offers, Enter chooses, Escape closes). Typing offers entities
 * whose name or alias starts a word with what was typed; a name no entity
 * has is offered as a new entity of `newKind`. Once something is typed the
 * first offer is highlighted (the entity of exactly that name, if there is one),
 * so a few letters and Enter choose it. Enter without a highlighted
 * offer takes the entity of exactly that name, or creates it.
 */
export function EntityCombobox(props: {
  inputId: string;
  /** Text to start from: a free-text value to link, or nothing. */
  initialText?: string;
  newKind: EntityKind;
  disabled: boolean;
  placeholder: string;
  onChoose: (entityId: string) => void;
}) {
  const { inputId, initialText = '', newKind, disabled, placeholder, onChoose } = props;
  const { entities, readOnly, edit } = useEntities();
  const [text, setText] = useState(initialText);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listId = useId();

  const options = useMemo((): Option[] => {
    const found: Option[] = matchEntities(entities, text, 8).map(({ entity, matched }) => ({
      kind: 'entity',
      id: entity.id,
      label: entity.name,
      detail: matched === entity.name ? KIND_NAMES[entity.kind] : `${KIND_NAMES[entity.kind]}, as “${matched}”`,
    }));
    const name = text.trim();
    return name !== '' && !entityByName(entities, name) && readOnly === null ? [...found, { kind: 'create', name }] : found;
  }, [entities, text, readOnly]);

  // -1 until the arrows move: then the typed text highlights its best offer.
  const exactAt = options.findIndex((o) => o.kind === 'entity' && o.id === entityByName(entities, text)?.id);
  const highlighted = active >= 0 ? active : text.trim() === '' ? -1 : Math.max(exactAt, 0);

  const choose = async (option: Option | undefined) => {
    if (!option) return;
    setOpen(false);
    setActive(-1);
    if (option.kind === 'entity') {
      setText('');
      return onChoose(option.id);
    }
    const id = crypto.randomUUID();
    if (await edit([{ kind: 'create', id, entityKind: newKind, name: option.name }])) {
      setText('');
      onChoose(id);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(options.length === 0 ? -1 : (highlighted + step + options.length) % options.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const exact = entityByName(entities, text);
      void choose(options[highlighted] ?? (exact ? options.find((o) => o.kind === 'entity' && o.id === exact.id) : options.find((o) => o.kind === 'create')));
    } else if (event.key === 'Escape' && open) {
      // Closes the list only; a second Escape reaches the panel (deselecting the annotation).
      event.stopPropagation();
      setOpen(false);
      setActive(-1);
    }
  };

  const expanded = open && options.length > 0;
  const optionId = (i: number) => `${listId}-${i}`;
  return (
    <div className="entity-combobox">
      <input
        id={inputId}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && highlighted >= 0 ? optionId(highlighted) : undefined}
        autoComplete="off"
        placeholder={placeholder}
        disabled={disabled}
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" className="entity-options" hidden={!expanded} aria-label="Entities">
        {options.map((option, i) => (
          <li
            key={option.kind === 'entity' ? option.id : 'create'}
            id={optionId(i)}
            role="option"
            aria-selected={i === highlighted}
            className={i === highlighted ? 'active' : undefined}
            // Chosen on mouse down, before the input's blur closes the list.
            onMouseDown={(event) => {
              event.preventDefault();
              void choose(option);
            }}
          >
            {option.kind === 'entity' ? (
              <>
                <span className="entity-option-name">{option.label}</span>
                <span className="entity-option-detail">{option.detail}</span>
              </>
            ) : (
              <span className="entity-option-create">
                New {KIND_NAMES[newKind].toLowerCase()}: “{option.name}”
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
