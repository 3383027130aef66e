/** Entry of outcome.html: shows a command's outcome from the URL; OK closes the dialog. */
import { decodeOutcome } from './outcome-text';

function render(): void {
  const title = document.getElementById('title')!;
  const list = document.getElementById('lines')!;
  const data = new URLSearchParams(window.location.search).get('d');
  if (!data) {
    title.textContent = 'ติดตามผลตัวชี้วัด · KPI Progress';
    return;
  }
  const outcome = decodeOutcome(data);
  title.textContent = outcome.title;
  if (outcome.error) title.className = 'error';
  for (const line of outcome.lines) {
    const li = document.createElement('li');
    li.textContent = line.text; // text only: names come from the user's workbook
    if (line.behind) li.className = 'behind';
    list.appendChild(li);
  }
}

render();
document.getElementById('close')!.addEventListener('click', () => {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (office?.context?.ui?.messageParent) office.context.ui.messageParent('close');
  else window.close();
});
if ((globalThis as { Office?: typeof Office }).Office) Office.onReady(() => undefined);
