/** Saves bytes or text as a file through the browser's (or Electron's) download, without a round trip to disk code. */
export const downloadFile = (fileName: string, content: BlobPart, type: string) => {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoking at once can cancel the download in some engines; a moment later it is safe.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};

export const downloadText = (fileName: string, text: string, type = 'text/csv;charset=utf-8') =>
  downloadFile(fileName, text, type);
