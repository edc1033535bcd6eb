import { glossApi } from '../api/gloss';

/** File › Import Documents…, from the window: the native dialog chooses the files, the services import them and report as from the menu. */
export function importDocuments(onNotice: (message: string) => void): void {
  void glossApi()
    .chooseFilesToImport({})
    .then((result) => !result.ok && onNotice(result.error.message));
}
