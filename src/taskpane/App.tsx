/** The task pane. Every Office operation arrives through `ops`, so the pane runs on Excel, the preview or a fake. */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
} from '@fluentui/react-components';
import { Suspense, lazy, useCallback, useEffect, useState } from 'react';
import type { EngineOptions, Report, Settings } from '../core/types';
import { ActionBar } from './components/ActionBar';
import type { Action, Busy } from './components/ActionBar';
import { ErrorBar } from './components/ErrorBar';
import { PeriodPicker, fiscalYearError } from './components/PeriodPicker';
import type { Period } from './components/PeriodPicker';
import { ResultView } from './components/ResultView';
import { TablesFound } from './components/TablesFound';
import { classifyError } from './errors';
import type { ErrorAction, PaneError } from './errors';
import { stringsFor } from './i18n';
import type { Language } from './i18n';
import type { PaneOperations } from './operations';
import { withDefaults } from './operations';

const SettingsPanels = lazy(() => import(/* webpackChunkName: "settings" */ './components/SettingsPanels'));

export interface AppProps {
  ops: PaneOperations;
  initialLanguage: Language;
  /** Shown above the pane when running on the sample workbook outside Excel. */
  preview?: boolean;
  /** Called after each action that may have changed the workbook (the preview redraws its grid). */
  onWorkbookChanged?: (report: Report | null, showSheet?: string) => void;
  /** Remembers the user's language choice; absent in tests. */
  onLanguageChange?: (lang: Language) => void;
}

type Notice = { text: string; intent: 'success' | 'info' };

export function App({ ops, initialLanguage, preview, onWorkbookChanged, onLanguageChange }: AppProps) {
  const [lang, setLang] = useState<Language>(initialLanguage);
  const s = stringsFor(lang);
  const [settings, setSettings] = useState<Settings>(withDefaults(null));
  const [settingsLoaded, setSettingsLoaded] = useState(false);
  const [dirty, setDirty] = useState(false);
  const [period, setPeriod] = useState<Period>({ fiscalYear: '', quarter: null });
  const [busy, setBusy] = useState<Busy | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<PaneError | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  const fail = useCallback((action: ErrorAction, e: unknown) => {
    console.error(e);
    setError({ action, ...classifyError(e) });
  }, []);

  useEffect(() => {
    let live = true;
    ops
      .loadSettings()
      .then((loaded) => live && setSettings(withDefaults(loaded)))
      .catch((e) => live && fail('settings', e))
      .finally(() => live && setSettingsLoaded(true));
    return () => {
      live = false;
    };
  }, [ops, fail]);

  const options = (): EngineOptions => ({
    ...(period.quarter ? { quarter: period.quarter } : {}),
    ...(period.fiscalYear.trim() ? { fiscalYear: Number(period.fiscalYear) } : {}),
    settings,
  });

  const act = async (action: Action) => {
    setError(null);
    setNotice(null);
    setBusy({ action, done: 0, total: 0 });
    const onProgress = (done: number, total: number) => setBusy({ action, done, total });
    try {
      if (action === 'undo') {
        const undone = await ops.undo(onProgress);
        setReport(null);
        setNotice(undone ? { text: s.doneUndo, intent: 'success' } : { text: s.errorHint.nothingToUndo, intent: 'info' });
        onWorkbookChanged?.(null);
      } else {
        if (action === 'recalc') {
          const r = await ops.recalc(options(), onProgress);
          setReport(r);
          setNotice({ text: s.doneRecalc(r.indicators.length), intent: 'success' });
          onWorkbookChanged?.(r);
        } else {
          const { report: r, sheetName } = await ops.summarize(options(), onProgress);
          setReport(r);
          setNotice({ text: s.doneSummary(sheetName), intent: 'success' });
          onWorkbookChanged?.(r, sheetName);
        }
      }
    } catch (e) {
      fail(action, e);
    } finally {
      setBusy(null);
    }
  };

  const select = (sheet: string, address: string) => {
    ops.selectCell(sheet, address).catch((e) => fail('select', e));
  };

  const save = async () => {
    try {
      await ops.saveSettings(settings);
      setDirty(false);
      setNotice({ text: s.saved, intent: 'success' });
    } catch (e) {
      fail('settings', e);
    }
  };

  const changeSettings = (next: Settings) => {
    setSettings(next);
    setDirty(true);
  };

  const switchLanguage = () => {
    const next: Language = lang === 'th' ? 'en' : 'th';
    setLang(next);
    onLanguageChange?.(next);
  };

  return (
    <main className="pane" lang={lang}>
      <header className="pane-header">
        <div>
          <h1 className="pane-h1">{s.appTitle}</h1>
          <p className="pane-muted">{s.appSubtitle}</p>
        </div>
        <Button size="small" appearance="outline" onClick={switchLanguage} aria-label={s.switchLanguageLabel}>
          {s.switchLanguage}
        </Button>
      </header>

      {preview && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{s.previewBanner}</MessageBarBody>
        </MessageBar>
      )}

      <PeriodPicker strings={s} period={period} onChange={setPeriod} report={report} disabled={busy !== null} />

      <ActionBar strings={s} busy={busy} canRun={settingsLoaded && !fiscalYearError(period.fiscalYear)} onAction={act} />

      {error && <ErrorBar error={error} strings={s} onDismiss={() => setError(null)} />}
      {notice && !error && (
        <MessageBar intent={notice.intent} layout="multiline" role="status">
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}

      {report ? (
        <>
          <ResultView report={report} strings={s} onSelect={select} />
          <TablesFound report={report} strings={s} />
        </>
      ) : (
        !busy && <p className="pane-first">{s.firstRun}</p>
      )}

      <Accordion collapsible multiple>
        {(['corrections', 'settings'] as const).map((which) => (
          <AccordionItem key={which} value={which}>
            <AccordionHeader as="h2">{which === 'corrections' ? s.correctionsHeading : s.settingsHeading}</AccordionHeader>
            <AccordionPanel>
              <Suspense fallback={<Spinner size="tiny" />}>
                <SettingsPanels
                  key={settingsLoaded ? 'loaded' : 'loading'} // the fields start from the saved settings
                  which={which}
                  strings={s}
                  report={report}
                  settings={settings}
                  onChange={changeSettings}
                  dirty={dirty}
                  disabled={busy !== null || !settingsLoaded}
                  onSave={save}
                />
              </Suspense>
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </main>
  );
}
