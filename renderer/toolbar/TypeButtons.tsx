import { useRef } from 'react';
import type { LabelType } from '../../core/model/label-types';
import { typeTint } from '../schema/type-tint';
import { MoreTypesMenu } from './MoreTypesMenu';
import { useFittingCount } from './use-fitting-count';
import './toolbar.css';

/**
 * The toolbar's tag buttons: as many types as the window has room for, in
 * the schema's order, and the rest under "More types ▾". Those moved to the
 * menu stay laid out, hidden, so their widths are known when the window grows.
 */
export function TypeButtons(props: { types: readonly LabelType[]; canTag: boolean; onTag: (typeId: string) => void }) {
  const { types, canTag, onTag } = props;
  const bar = useRef<HTMLDivElement>(null);
  const shown = useFittingCount(bar, types);
  return (
    <div ref={bar} className="toolbar-tags" role="toolbar" aria-label="Tag the selection">
      {types.map((type, index) => (
        <button
          key={type.id}
          type="button"
          data-fitted-item
          className={`tag-button tag-${type.id}${index < shown ? '' : ' toolbar-overflowed'}`}
          aria-hidden={index < shown ? undefined : true}
          tabIndex={index < shown ? undefined : -1}
          disabled={!canTag}
          // Keep the article selection: a button press must not take focus from it.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onTag(type.id)}
          title={type.shortcut ? `Tag the selection as ${type.name} (${type.shortcut.toUpperCase()})` : undefined}
          aria-keyshortcuts={type.shortcut}
        >
          <span className="swatch" style={typeTint(type)} aria-hidden />
          {type.name}
        </button>
      ))}
      <MoreTypesMenu types={types.slice(shown)} canTag={canTag} onTag={onTag} />
    </div>
  );
}
