import { useCallback, useState } from 'react';
import type { LabelType } from '../../core/model/label-types';
import { ARTICLE, focusArticle } from './focus';
import { ShortcutSheet } from './ShortcutSheet';
import { useWindowKeys } from './use-window-keys';

/**
 * What the keyboard needs at the top of the window: a skip link to the
 * article (the first thing Tab reaches), the window's own keys, and the
 * shortcut sheet that `?` opens.
 */
export function KeyboardLayer(props: {
  types: readonly LabelType[];
  selectedId: string | null;
  canImport: boolean;
  onNotice: (message: string) => void;
}) {
  const { types, ...keys } = props;
  const [sheet, setSheet] = useState(false);
  const onHelp = useCallback(() => setSheet(true), []);
  useWindowKeys({ ...keys, onHelp });
  return (
    <>
      <a
        className="skip-link"
        href="#article"
        onClick={(event) => {
          event.preventDefault();
          if (document.querySelector(ARTICLE)) focusArticle();
          else document.querySelector<HTMLElement>('.document-list [data-roving-id][tabindex="0"]')?.focus();
        }}
      >
        Skip to the article
      </a>
      {sheet ? <ShortcutSheet types={types} onClose={() => setSheet(false)} /> : null}
    </>
  );
}
