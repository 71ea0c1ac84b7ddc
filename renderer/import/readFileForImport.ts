/** A chosen file as the import Api takes it: its name and its bytes in base64 (the main process decodes them). */
export interface ChosenFile {
  fileName: string;
  base64: string;
  size: number;
}

export function readFileForImport(file: File): Promise<ChosenFile> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve({ fileName: file.name, base64: url.slice(url.indexOf(',') + 1), size: file.size });
    };
    reader.onerror = () => reject(reader.error ?? new Error(`${file.name} could not be read`));
    reader.readAsDataURL(file);
  });
}
