import type { EventPayload } from '../../core/api/contract';

type Dialog = EventPayload<'showDialog'>['dialog'];
const listeners = new Set<(dialog: Dialog) => void>();

/** Asks for the Export or Import Annotations dialog from the page (a shortcut), as the File menu asks through the services. */
export function requestDialog(dialog: Dialog): void {
  for (const listener of listeners) listener(dialog);
}

/** Hears `requestDialog`; returns the function that stops hearing it. */
export function onDialogRequest(listener: (dialog: Dialog) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
