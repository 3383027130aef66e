/** Entry of taskpane.html: in Excel, the pane over Office.js; anywhere else, the preview on the sample workbook. */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { officeExcelRun } from '../excel/excel-run';
import { App } from './App';
import { detectHost } from './host';
import { languageFromDisplay } from './i18n';
import { storeLanguage, storedLanguage } from './language-store';
import { excelOperations } from './operations';

async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root');
  const root = createRoot(container);
  const host = await detectHost();
  const lang = storedLanguage() ?? languageFromDisplay(host.displayLanguage);
  document.documentElement.lang = lang;
  if (host.kind === 'excel') {
    root.render(
      <FluentProvider theme={webLightTheme}>
        <App ops={excelOperations(officeExcelRun)} initialLanguage={lang} onLanguageChange={storeLanguage} />
      </FluentProvider>,
    );
    return;
  }
  console.info(`KPI Progress: preview on the sample workbook (${host.reason})`);
  const { startPreview } = await import(/* webpackChunkName: "preview" */ '../preview/preview');
  await startPreview(root, lang);
}

start().catch((e: unknown) => {
  console.error(e);
  const el = document.getElementById('root');
  if (el) el.textContent = `ติดตามผลตัวชี้วัด เริ่มทำงานไม่ได้ / KPI Progress could not start: ${e instanceof Error ? e.message : String(e)}`;
});
