/** The pane beside the sample sheet. Clicking a behind-plan item or a warning selects it in the drawn sheet. */
import { useMemo, useState } from 'react';
import type { CellRange, Grid } from '../../core/grid';
import { App } from '../pane/App';
import type { Language } from '../i18n';
import { stringsFor } from '../i18n';
import { excelOperations } from '../operations';
import type { PaneOperations } from '../operations';
import { SheetView, parseAddress } from './SheetView';
import type { SampleWorkbook } from './sample-workbook';

export function PreviewApp(props: {
  sample: SampleWorkbook;
  initialLanguage: Language;
  onLanguageChange?: (lang: Language) => void;
}) {
  const { sample } = props;
  const [lang, setLang] = useState(props.initialLanguage);
  const [grid, setGrid] = useState<Grid>(() => sample.snapshot());
  const [sheetName, setSheetName] = useState(() => grid.sheets[0]?.name ?? '');
  const [selection, setSelection] = useState<CellRange | null>(null);
  const s = stringsFor(lang);

  const ops = useMemo<PaneOperations>(() => {
    const excel = excelOperations(sample.run);
    return {
      ...excel,
      selectCell: async (sheet, address) => {
        await excel.selectCell(sheet, address);
        setSheetName(sheet);
        setSelection(parseAddress(address));
      },
    };
  }, [sample]);

  const sheet = grid.sheets.find((x) => x.name === sheetName) ?? grid.sheets[0];

  return (
    <div className="preview">
      <div className="preview-pane">
        <App
          ops={ops}
          initialLanguage={props.initialLanguage}
          preview
          onWorkbookChanged={(report, showSheet) => {
            const next = sample.snapshot();
            setGrid(next);
            // Show what Excel would: the summary sheet just written, else the first behind-plan indicator's sheet.
            const first = report?.indicators.find((i) => i.flagged || i.overall === 'behind');
            const target = showSheet ?? first?.sheet;
            if (target && next.sheets.some((x) => x.name === target)) {
              setSheetName(target);
              setSelection(null);
            } else if (!next.sheets.some((x) => x.name === sheetName)) {
              setSheetName(next.sheets[0]?.name ?? '');
            }
          }}
          onLanguageChange={(l) => {
            setLang(l);
            props.onLanguageChange?.(l);
          }}
        />
      </div>
      <section className="preview-sheet" aria-label={s.gridSheets}>
        <div className="preview-tabs" role="tablist" aria-label={s.gridSheets}>
          {grid.sheets.map((x) => (
            <button
              key={x.name}
              type="button"
              role="tab"
              aria-selected={x.name === sheet?.name}
              className={x.name === sheet?.name ? 'tab tab-on' : 'tab'}
              onClick={() => {
                setSheetName(x.name);
                setSelection(null);
              }}
            >
              {x.name}
            </button>
          ))}
        </div>
        <p className="pane-muted">
          <span className="legend-behind" /> {s.gridLegendBehind}
        </p>
        <div className="preview-grid">{sheet && <SheetView sheet={sheet} selection={selection} />}</div>
      </section>
    </div>
  );
}
