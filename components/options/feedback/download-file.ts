/**
 * Saves text as a file through a temporary `<a download>` on a Blob URL: works in extension
 * pages of Chromium and Firefox without the `downloads` permission.
 */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking in the same task can cancel the download in some browsers; the file is small.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
