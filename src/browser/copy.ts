/**
 * Copy buttons for the embed code and the citation. Without JavaScript the buttons stay hidden and the text
 * is selectable as it is; with it, a button copies the text of the element named in `data-copy` and says so
 * in the status element after it.
 */

async function copyText(source: HTMLElement): Promise<boolean> {
  const text = source instanceof HTMLTextAreaElement ? source.value : (source.textContent ?? '').trim();
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard permission (or an old browser): select the text so Ctrl+C / Cmd+C does the rest.
    if (source instanceof HTMLTextAreaElement) source.select();
    else window.getSelection()?.selectAllChildren(source);
    return false;
  }
}

document.querySelectorAll<HTMLButtonElement>('button[data-copy]').forEach((button) => {
  const source = document.getElementById(button.dataset['copy'] ?? '');
  if (!source) return;
  const status =
    button.nextElementSibling instanceof HTMLElement && button.nextElementSibling.classList.contains('copy-status')
      ? button.nextElementSibling
      : undefined;
  button.hidden = false;
  button.addEventListener('click', async () => {
    const copied = await copyText(source);
    if (status) status.textContent = copied ? 'Gekopieerd.' : 'Geselecteerd: kopieer met Ctrl+C of Cmd+C.';
  });
});

document.querySelectorAll<HTMLTextAreaElement>('textarea.embed-code').forEach((area) => {
  area.addEventListener('focus', () => area.select());
});
