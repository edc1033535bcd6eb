import { useEffect, useRef } from 'react';
import type { LabelType } from '../../core/model/label-types';
import { SHORTCUTS, type Shortcut, type ShortcutArea } from './shortcuts';
import '../dialogs/modal.css';
import './shortcut-sheet.css';

const AREAS: readonly ShortcutArea[] = ['Anywhere', 'In the article', 'In the lists', 'In the Details panel'];

/** Every shortcut, from the table the key handlers use, and each label type's key from the schema. */
export function ShortcutSheet(props: { types: readonly LabelType[]; onClose: () => void }) {
  const { types, onClose } = props;
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => element?.close();
  }, []);
  const all: readonly Shortcut[] = Object.values(SHORTCUTS);
  const tagging = types.filter((type) => type.shortcut);
  return (
    <dialog ref={dialog} className="modal shortcut-sheet" aria-labelledby="shortcut-sheet-title" onClose={onClose} onKeyDown={(event) => event.stopPropagation()}>
      <h2 id="shortcut-sheet-title">Keyboard shortcuts</h2>
      {/* Focusable so the keyboard can scroll it when the window is small. */}
      <div className="shortcut-areas" tabIndex={0} role="group" aria-label="Shortcuts">
        {tagging.length > 0 ? (
          <section aria-labelledby="shortcuts-tagging">
            <h3 id="shortcuts-tagging">Tagging the selection</h3>
            <dl>
              {tagging.map((type) => (
                <div key={type.id}>
                  <dt>
                    <kbd>{type.shortcut?.toUpperCase()}</kbd>
                  </dt>
                  <dd>Tag as {type.name}</dd>
                </div>
              ))}
            </dl>
          </section>
        ) : null}
        {AREAS.map((area) => (
          <section key={area} aria-labelledby={`shortcuts-${area.replace(/\W+/g, '-')}`}>
            <h3 id={`shortcuts-${area.replace(/\W+/g, '-')}`}>{area}</h3>
            <dl>
              {all
                .filter((shortcut) => shortcut.area === area)
                .map((shortcut) => (
                  <div key={shortcut.does}>
                    <dt>
                      <kbd>{shortcut.keys}</kbd>
                    </dt>
                    <dd>{shortcut.does}</dd>
                  </div>
                ))}
            </dl>
          </section>
        ))}
      </div>
      <div className="modal-footer">
        <button type="button" className="primary" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}
