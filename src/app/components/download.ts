/**
 * Saves text as a file through the browser's download (a `blob:` URL made in the page: nothing is
 * sent anywhere).
 */
export function downloadText(fileName: string, text: string, type = "application/json"): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL; release it once the click has been handled.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 0);
}
