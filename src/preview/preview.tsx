/**
 * The preview: outside Excel the pane runs on the sample workbook (the seed's tables) in the in-memory Excel, and the
 * sheet is drawn beside it. Loaded only when there is no Excel, so it costs the add-in nothing.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Root } from 'react-dom/client';
import type { Grid } from '../core/grid';
import type { Language } from '../taskpane/i18n';
import { stringsFor } from '../taskpane/i18n';
import { storeLanguage } from '../taskpane/language-store';
import { PreviewApp } from './PreviewApp';
import { openSampleWorkbook } from './sample-workbook';

export async function loadSampleGrid(url = 'sample-grid.json'): Promise<Grid> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as Grid;
}

export async function startPreview(root: Root, lang: Language): Promise<void> {
  const s = stringsFor(lang);
  root.render(<div className="boot">{s.previewLoading}</div>);
  let grid: Grid;
  try {
    grid = await loadSampleGrid();
  } catch (e) {
    root.render(
      <div className="boot" role="alert">
        {s.previewUnavailable}: {e instanceof Error ? e.message : String(e)}
      </div>,
    );
    return;
  }
  const sample = openSampleWorkbook(grid);
  root.render(
    <FluentProvider theme={webLightTheme}>
      <PreviewApp sample={sample} initialLanguage={lang} onLanguageChange={storeLanguage} />
    </FluentProvider>,
  );
}
