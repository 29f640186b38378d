import { maxCsvBytes } from '../../shared/imports';

export interface CsvFile {
  name: string;
  size: number;
  text: string;
  /** Excel on Windows saves "CSV" in the Windows code page; such files are read as Windows-1252. */
  encoding: 'UTF-8' | 'Windows-1252';
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Reads a picked file as text, refusing files over the import's limit before reading a byte. */
export const readCsvFile = async (file: File): Promise<CsvFile> => {
  if (file.size > maxCsvBytes) {
    throw new Error(
      `“${file.name}” is ${megabytes(file.size)}; import files of up to ${megabytes(maxCsvBytes)}, or split it into smaller files.`,
    );
  }
  const bytes = await file.arrayBuffer();
  const base = { name: file.name, size: file.size };
  try {
    return { ...base, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { ...base, text: new TextDecoder('windows-1252').decode(bytes), encoding: 'Windows-1252' };
  }
};
