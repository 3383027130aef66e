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
import { Suspense, lazy, useCallback, useEffect, useRef, useState } from 'react';
import type { EngineOptions, Report, Settings } from '../../core/types';
import { ActionBar } from './components/ActionBar';
import type { Action, Busy } from './components/ActionBar';
import { useLeaveCheck } from './components/check-on-leave';
import { ErrorBar } from './components/ErrorBar';
import { LiveRegion, useAnnouncer } from './components/LiveRegion';
import { PeriodPicker, fiscalYearError, fiscalYearValue } from './components/PeriodPicker';
import type { Period } from './components/PeriodPicker';
import { ReplaceConfirm } from './components/ReplaceConfirm';
import { ResultView, behindItems } from './components/ResultView';
import { TablesFound } from './components/TablesFound';
import { classifyError } from '../errors';
import type { ErrorAction, PaneError } from '../errors';
import { stringsFor } from '../i18n';
import type { Language } from '../i18n';
import { oneRunAtATime } from '../one-run';
import type { PaneOperations } from '../operations';
import { withDefaults } from '../operations';
import { useRibbonRuns } from './use-ribbon-runs';

const settingsPanels = () => import(/* webpackChunkName: "settings" */ './components/SettingsPanels');
const SettingsPanels = lazy(settingsPanels);

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
  /** Our older summary sheets, while the user decides whether สร้างสรุปผล may replace them. */
  const [replacing, setReplacing] = useState<string[] | null>(null);
  const { said, announce } = useAnnouncer();
  const yearInvalid = fiscalYearError(period.fiscalYear);
  const yearCheck = useLeaveCheck(yearInvalid);
  const yearRef = useRef<HTMLInputElement>(null);
  /** Where the user was when an action started: focus goes back there when its message is dismissed. */
  const lastFocus = useRef<HTMLElement | null>(null);
  // The settings panels' chunk is fetched while the pane is idle, not when a panel is first opened.
  useEffect(() => void settingsPanels().catch(() => undefined), []);

  const fail = useCallback(
    (action: ErrorAction, e: unknown) => {
      console.error(e);
      const error: PaneError = { action, ...classifyError(e) };
      setError(error);
      const advice = error.advice ? error.advice[s.lang] : s.errorHint[error.hint];
      announce(`${s.errorTitle[action]}: ${advice}`);
    },
    [s, announce],
  );

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

  const options = (): EngineOptions => {
    const fiscalYear = fiscalYearValue(period.fiscalYear);
    return { ...(period.quarter ? { quarter: period.quarter } : {}), ...(fiscalYear !== null ? { fiscalYear } : {}), settings };
  };

  // A ribbon button's run: the actions wait for it, and its lists replace the pane's when it ends.
  const ribbonRun = useRibbonRuns((r, sheetName) => {
    setReport(r);
    setError(null);
    const text = s.fromRibbon(sheetName ? s.doneSummary(sheetName) : doneText(r));
    setNotice({ text, intent: 'success' });
    announce(text);
    onWorkbookChanged?.(r, sheetName);
  });

  const act = async (action: Action, replaceConfirmed = false) => {
    if (busy || ribbonRun) return; // a second press while one runs (the buttons stay focusable): one run at a time
    if (yearInvalid) {
      // Submitted with a wrong year never checked: say it once, where it is.
      yearCheck.check();
      yearRef.current?.focus();
      return;
    }
    if (!replaceConfirmed) lastFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setError(null);
    setNotice(null);
    setReplacing(null);
    if (action === 'summarize' && !replaceConfirmed) {
      // Replacing an older summary deletes a sheet, and on Windows and Mac adding one clears undo: the user decides first.
      let asks: [string[], boolean]; // older summaries to replace; whether adding a sheet clears undo here
      try {
        asks = await Promise.all([ops.summariesToReplace(), ops.summaryClearsUndo()]);
      } catch (e) {
        fail(action, e);
        return;
      }
      if (asks[0].length > 0 || asks[1]) {
        setReplacing(asks[0]);
        return;
      }
    }
    setBusy({ action, done: 0, total: 0 });
    announce(s.running[action]);
    const onProgress = (done: number, total: number) => setBusy({ action, done, total });
    try {
      const pane = { source: 'pane', action } as const;
      if (action === 'undo') {
        const undone = await oneRunAtATime(pane, () => ops.undo(onProgress), () => ({ report: null }));
        setReport(null);
        const text = undone ? s.doneUndo : s.errorHint.nothingToUndo;
        setNotice({ text, intent: undone ? 'success' : 'info' });
        announce(text);
        onWorkbookChanged?.(null);
      } else {
        if (action === 'recalc') {
          const r = await oneRunAtATime(pane, () => ops.recalc(options(), onProgress), (report) => ({ report }));
          setReport(r);
          const text = doneText(r);
          setNotice({ text, intent: 'success' });
          announce([text, s.warningsAfterRun(r.warnings.length)].filter(Boolean).join(' '));
          onWorkbookChanged?.(r);
        } else {
          const { report: r, sheetName } = await oneRunAtATime(pane, () => ops.summarize(options(), onProgress), (x) => x);
          setReport(r);
          setNotice({ text: s.doneSummary(sheetName), intent: 'success' });
          announce(`${s.doneSummary(sheetName)} ${doneText(r)}`);
          onWorkbookChanged?.(r, sheetName);
        }
      }
    } catch (e) {
      fail(action, e);
    } finally {
      setBusy(null);
    }
  };

  const doneText = (r: Report) => {
    const behind = behindItems(r);
    return s.doneRecalc(r.indicators.length, behind.indicators.length + behind.budget.length);
  };

  const select = (sheet: string, address: string, spoken: string) => {
    ops
      .selectCell(sheet, address)
      .then(() => announce(spoken))
      .catch((e) => fail('select', e));
  };

  const dismissError = () => {
    setError(null);
    // The message held the focus, or the page did: back to the button that failed.
    if (lastFocus.current?.isConnected) lastFocus.current.focus();
  };

  const save = async () => {
    try {
      await ops.saveSettings(settings);
      setDirty(false);
      setNotice({ text: s.saved, intent: 'success' });
      announce(s.saved);
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
      <LiveRegion said={said} />
      <header className="pane-header">
        <div>
          <h1 className="pane-h1">{s.appTitle}</h1>
          <p className="pane-muted">{s.appSubtitle}</p>
        </div>
        <Button size="small" appearance="outline" onClick={switchLanguage} aria-label={s.switchLanguageLabel} lang={s.switchLanguageLang}>
          {s.switchLanguage}
        </Button>
      </header>

      {preview && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{s.previewBanner}</MessageBarBody>
        </MessageBar>
      )}

      <PeriodPicker
        strings={s}
        period={period}
        onChange={setPeriod}
        report={report}
        disabled={busy !== null}
        yearCheck={yearCheck}
        yearRef={yearRef}
      />

      <ActionBar
        strings={s}
        busy={busy}
        unavailable={busy ? s.unavailable.busy : ribbonRun ? s.unavailable.ribbon : !settingsLoaded ? s.unavailable.starting : yearCheck.shown ? s.unavailable.fiscalYear : null}
        onAction={act}
      />

      {replacing && (
        <ReplaceConfirm
          sheets={replacing}
          strings={s}
          onGoOn={() => void act('summarize', true)}
          onCancel={() => {
            setReplacing(null);
            setNotice({ text: s.replaceCancelled, intent: 'info' });
            announce(s.replaceCancelled);
            if (lastFocus.current?.isConnected) lastFocus.current.focus();
          }}
        />
      )}
      {error && <ErrorBar error={error} strings={s} onDismiss={dismissError} />}
      {notice && !error && (
        <MessageBar intent={notice.intent} layout="multiline" data-notice="">
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
              <Suspense fallback={<Spinner size="tiny" aria-label={s.loadingPanel} />}>
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
