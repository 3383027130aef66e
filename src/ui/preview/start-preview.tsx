/**
 * The preview: outside Excel the pane runs on the sample workbook (the seed's tables) in the in-memory Excel, and the
 * sheet is drawn beside it. Loaded only when there is no Excel, so it costs the add-in nothing.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Root } from 'react-dom/client';
import type { Grid } from '../../core/grid';
import type { Language } from '../i18n';
import { stringsFor } from '../i18n';
import { storeLanguage } from '../language-store';
import { PreviewApp } from './PreviewApp';
import { loadSampleGrid } from './load-sample-grid';
import { openSampleWorkbook } from './sample-workbook';

/** Draws the preview over the pane's shell once the sample (`grid`, when its fetch started early) is here. */
export async function startPreview(root: Root, lang: Language, gridLoading: Promise<Grid> = loadSampleGrid()): Promise<void> {
  const s = stringsFor(lang);
  let grid: Grid;
  try {
    grid = await gridLoading;
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
