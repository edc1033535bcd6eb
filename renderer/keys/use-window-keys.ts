import { useEffect } from 'react';
import { glossApi } from '../api/gloss';
import { requestDialog } from '../exchange/dialog-requests';
import { importDocuments } from '../import/import-documents';
import { focusDetails, focusNextPane } from './focus';
import { SHORTCUTS } from './shortcuts';

const isTypingTarget = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * The window's own keys: `?` for the shortcut sheet, F6 between panes, Enter
 * in the article to edit the selected annotation, and every File menu
 * shortcut in the page (core/commands/file-menu.ts), working as the menu's
 * items do. A key the page handles is not also handled by the native menu.
 */
export function useWindowKeys(props: {
  onHelp: () => void;
  selectedId: string | null;
  canImport: boolean;
  onNotice: (message: string) => void;
}) {
  const { onHelp, selectedId, canImport, onNotice } = props;
  useEffect(() => {
    const report = (result: { ok: true } | { ok: false; error: { message: string } }) => {
      if (!result.ok) onNotice(result.error.message);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (SHORTCUTS.nextPane.matches(event)) {
        focusNextPane(event.shiftKey ? -1 : 1);
      } else if (SHORTCUTS.importDocuments.matches(event)) {
        if (canImport) importDocuments(onNotice);
      } else if (SHORTCUTS.openWorkspace.matches(event)) {
        void glossApi().openWorkspace({}).then(report);
      } else if (SHORTCUTS.newWorkspace.matches(event)) {
        void glossApi().createWorkspace({}).then(report);
      } else if (SHORTCUTS.closeWorkspace.matches(event)) {
        void glossApi().closeWorkspace({}).then(report);
      } else if (SHORTCUTS.exportAnnotations.matches(event)) {
        requestDialog('export');
      } else if (isTypingTarget(event.target)) {
        return;
      } else if (SHORTCUTS.help.matches(event)) {
        onHelp();
      } else if (SHORTCUTS.editDetails.matches(event) && selectedId && event.target instanceof HTMLElement && event.target.closest('.reader-text')) {
        focusDetails(selectedId);
      } else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onHelp, selectedId, canImport, onNotice]);
}
