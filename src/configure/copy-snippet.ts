/**
 * Copies a snippet to the clipboard. Where the browser refuses (no permission, an insecure page), the
 * code is selected in its field instead, so the webmaster can copy it with the keyboard.
 */
export async function copySnippet(text: string, field: HTMLTextAreaElement): Promise<'copied' | 'selected'> {
  try {
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    field.focus();
    field.select();
    return 'selected';
  }
}
