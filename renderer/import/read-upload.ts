/** A dropped file's contents as base64, read by the browser (no file path is ever needed). */
export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error(`cannot read ${file.name}`));
    reader.readAsDataURL(file);
  });
}

/** Larger files are refused before they are read; the services refuse them too. */
export const MAX_DROP_BYTES = 20 * 1024 * 1024;
