import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import type { LabelType } from '../../core/model/label-types';
import { typeTint } from '../schema/type-tint';

const GAP = 4;

/** Below the button, moved back inside the window if it would cross its right or bottom edge. */
function placeBelow(button: HTMLElement, menu: HTMLElement): { left: number; top: number } {
  const anchor = button.getBoundingClientRect();
  const left = Math.max(GAP, Math.min(anchor.left, window.innerWidth - menu.offsetWidth - GAP));
  const below = anchor.bottom + GAP;
  const top = below + menu.offsetHeight + GAP > window.innerHeight ? Math.max(GAP, anchor.top - menu.offsetHeight - GAP) : below;
  return { left, top };
}

/**
 * "More types ▾": the types the toolbar has no room for, in a menu. The
 * button opens it (Enter, Space, ↓ or ↑); arrows, Home and End move inside;
 * Escape or Tab closes it and gives focus back to the button. Each type's
 * own key tags without it. With no type left over it stays laid out but
 * hidden, so the toolbar knows its width.
 */
export function MoreTypesMenu(props: { types: readonly LabelType[]; canTag: boolean; onTag: (typeId: string) => void }) {
  const { types, canTag, onTag } = props;
  const [opened, setOpen] = useState<'first' | 'last' | null>(null);
  // A window resized closes the menu; a schema changed under it may leave it nothing to show.
  const open = types.length === 0 ? null : opened;
  const [place, setPlace] = useState<{ left: number; top: number } | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const menuId = useId();
  const empty = types.length === 0;

  const close = useCallback((refocus: boolean) => {
    setOpen(null);
    setPlace(null);
    if (refocus) button.current?.focus();
  }, []);

  // Placed once measured (hidden until then), then its first or last item takes focus.
  useLayoutEffect(() => {
    if (open && button.current && menu.current) setPlace(placeBelow(button.current, menu.current));
  }, [open]);
  useLayoutEffect(() => {
    if (!open || !place) return;
    const items = menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [];
    (open === 'first' ? items[0] : items[items.length - 1])?.focus({ preventScroll: true });
  }, [open, place]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) close(false);
    };
    const onResize = () => close(false);
    window.addEventListener('pointerdown', onPointerDown, true);
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('pointerdown', onPointerDown, true);
      window.removeEventListener('resize', onResize);
    };
  }, [open, close]);

  const onButtonKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    setOpen(event.key === 'ArrowDown' ? 'first' : 'last');
  };

  const onMenuKeyDown = (event: KeyboardEvent) => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const go = (index: number) => items[(index + items.length) % items.length]?.focus();
    if (event.key === 'ArrowDown') go(at + 1);
    else if (event.key === 'ArrowUp') go(at - 1);
    else if (event.key === 'Home') go(0);
    else if (event.key === 'End') go(items.length - 1);
    else if (event.key === 'Escape' || event.key === 'Tab') close(true);
    else return;
    event.preventDefault();
    // Escape here closes the menu only, not also deselect the annotation.
    event.stopPropagation();
  };

  return (
    <>
      <button
        ref={button}
        type="button"
        className={`tag-button more-types-button${empty ? ' toolbar-overflowed' : ''}`}
        data-overflow-item
        aria-hidden={empty || undefined}
        tabIndex={empty ? -1 : undefined}
        aria-haspopup="menu"
        aria-expanded={Boolean(open)}
        aria-controls={open ? menuId : undefined}
        // Keep the article selection, as the tag buttons do.
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => (open ? close(false) : setOpen('first'))}
        onKeyDown={onButtonKeyDown}
      >
        More types <span aria-hidden>▾</span>
      </button>
      {open
        ? createPortal(
            <ul
              ref={menu}
              id={menuId}
              className="more-types-menu"
              role="menu"
              aria-label="More types"
              style={place ?? { visibility: 'hidden' }}
              onKeyDown={onMenuKeyDown}
            >
              {types.map((type) => (
                <li key={type.id} role="none">
                  <button
                    type="button"
                    role="menuitem"
                    className="more-types-item"
                    tabIndex={-1}
                    aria-disabled={!canTag || undefined}
                    aria-keyshortcuts={type.shortcut}
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={() => {
                      if (!canTag) return;
                      close(true);
                      onTag(type.id);
                    }}
                  >
                    <span className="swatch" style={typeTint(type)} aria-hidden />
                    <span className="more-types-name">{type.name}</span>
                    {type.shortcut ? <kbd aria-hidden>{type.shortcut.toUpperCase()}</kbd> : null}
                  </button>
                </li>
              ))}
            </ul>,
            document.body,
          )
        : null}
    </>
  );
}
