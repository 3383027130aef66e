/**
 * Entry of taskpane.html: in Excel, the pane over Office.js; anywhere else, the preview on the sample workbook.
 * The pane's shell (its headings and buttons, unavailable while starting) is drawn at once, before office.js has
 * answered: office.js loads async, and only the operations wait for Office.onReady.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot, type Root } from 'react-dom/client';
import type { Grid } from '../core/grid';
import { officeExcelRun } from '../excel/excel-run';
import { App } from '../ui/pane/App';
import { loadSampleGrid } from '../ui/preview/load-sample-grid';
import { languageFromDisplay, type Language } from '../ui/i18n';
import { storeLanguage, storedLanguage } from '../ui/language-store';
import { excelOperations, fetchEarly, pendingOperations, type PaneOperations } from '../ui/operations';
import { detectHost, looksHostedByOffice, officeJsSettled } from '../ui/host';

interface PreviewLoading {
  module: Promise<typeof import('../ui/preview/start-preview')>;
  grid: Promise<Grid>;
}

const loadPreview = (): PreviewLoading => {
  const grid = loadSampleGrid();
  grid.catch(() => undefined); // reported by startPreview, which awaits it
  return { module: import(/* webpackChunkName: "preview" */ '../ui/preview/start-preview'), grid };
};

function renderPane(root: Root, ops: PaneOperations, lang: Language, preview: boolean): void {
  document.documentElement.lang = lang;
  const pane = (
    <FluentProvider theme={webLightTheme}>
      <App key={lang} ops={ops} initialLanguage={lang} preview={preview} onLanguageChange={storeLanguage} />
    </FluentProvider>
  );
  // In a plain browser the shell sits where the preview will put the pane, so nothing moves when it arrives.
  root.render(
    preview ? (
      <div className="preview">
        <div className="preview-pane">{pane}</div>
      </div>
    ) : (
      pane
    ),
  );
}

async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root');
  const root = createRoot(container);
  fetchEarly();
  // Outside Office the preview is all but certain: its code and the sample start loading now, beside office.js.
  const preview = looksHostedByOffice() ? null : loadPreview();
  const host = officeJsSettled().then(() => detectHost());
  const ops = pendingOperations(host.then((h) => (h.kind === 'excel' ? excelOperations(officeExcelRun, h.platform) : null)));
  const stored = storedLanguage();
  const first = stored ?? languageFromDisplay(null);
  renderPane(root, ops, first, preview !== null);

  const h = await host;
  if (h.kind === 'excel') {
    const lang = stored ?? languageFromDisplay(h.displayLanguage);
    if (lang !== first || preview) renderPane(root, ops, lang, false);
    return;
  }
  console.info(`KPI Progress: preview on the sample workbook (${h.reason})`);
  const loading = preview ?? loadPreview();
  const { startPreview } = await loading.module;
  await startPreview(root, first, loading.grid);
}

start().catch((e: unknown) => {
  console.error(e);
  const el = document.getElementById('root');
  if (el) el.textContent = `ติดตามผลตัวชี้วัด เริ่มทำงานไม่ได้ / KPI Progress could not start: ${e instanceof Error ? e.message : String(e)}`;
});
