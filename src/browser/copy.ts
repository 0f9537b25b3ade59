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

function setUp(button: HTMLButtonElement): void {
  const source = document.getElementById(button.dataset['copy'] ?? '');
  if (!source || button.dataset['copyReady']) return;
  button.dataset['copyReady'] = 'on';
  const status =
    button.nextElementSibling instanceof HTMLElement && button.nextElementSibling.classList.contains('copy-status')
      ? button.nextElementSibling
      : undefined;
  button.hidden = false;
  button.addEventListener('click', async () => {
    const copied = await copyText(source);
    if (status) status.textContent = copied ? 'Gekopieerd.' : 'Geselecteerd: kopieer met Ctrl+C of Cmd+C.';
  });
}

/** The copy buttons and embed-code fields below `root` (again after src/browser/views.ts swapped them in). */
export function setUpCopyButtons(root: ParentNode = document): void {
  root.querySelectorAll<HTMLButtonElement>('button[data-copy]').forEach(setUp);
  root.querySelectorAll<HTMLTextAreaElement>('textarea.embed-code').forEach((area) => {
    area.addEventListener('focus', () => area.select());
  });
}

setUpCopyButtons();
