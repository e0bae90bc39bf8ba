// The root: owns exit, turns keys into actions, rings the bell, keeps the title, runs the clocks, and lays the
// screen out to exactly the terminal's size. Everything below it only selects from the store and renders.
import {Box, Text, useApp, useStdin, useWindowSize} from 'ink';
import {useCallback, useMemo} from 'react';
import type {Session} from '../session/session.js';
import type {UiOptions} from '../config/config.js';
import type {PollControl} from '../session/poll-control.js';
import {realTimers} from '../poller/timers.js';
import {useShallow} from 'zustand/react/shallow';
import {DeadlineContext, NowContext, StoreContext, ThemeContext, useCutwatch, type Clock} from './context.js';
import {useDeadline} from './hooks/use-deadline.js';
import {useRecap} from './hooks/use-recap.js';
import {RecapBanner} from './components/RecapBanner.js';
import {loadTmuxBuffer, plainTerminal, type TerminalInfo, type TmuxBufferLoader} from '../terminal/index.js';
import {CutoverView} from './components/CutoverView.js';
import {DetailView} from './components/DetailView.js';
import {EventLogView} from './components/EventLogView.js';
import {FailuresView} from './components/FailuresView.js';
import {Header} from './components/Header.js';
import {HelpOverlay} from './components/HelpOverlay.js';
import {KeyHints} from './components/KeyHints.js';
import type {Mode} from './keys/keymap.js';
import {screenChrome, screenLayout, tooSmall} from './layout/layout.js';
import {recapText} from './text/recap.js';
import {PaneGrid} from './components/PaneGrid.js';
import {SearchPrompt} from './components/SearchPrompt.js';
import {SourceView} from './components/SourceView.js';
import type {TerminalControl} from './terminal/terminal-control.js';
import {createTheme} from './theme.js';
import {TooSmall} from './components/TooSmall.js';
import {useBell} from './hooks/use-bell.js';
import {useKeys} from './keys/use-keys.js';
import {useCopy} from './hooks/use-copy.js';
import {useNotify} from './hooks/use-notify.js';
import {useSettled} from './hooks/use-settled.js';
import {fit} from '../format/text.js';
import {useNow} from './hooks/use-now.js';
import {useTitle} from './hooks/use-title.js';
import {useUiState} from './state/use-ui-state.js';
import type {ScrollView} from './state/ui-state.js';
import {countdownOnScreen, watchedKinds} from './state/watched.js';

/** What the screen needs of a Session: the store to read, and the polling only to refresh, pause and resume. */
export type AppSession = Pick<Session, 'store' | 'regions' | 'accounts'> & {readonly poller: PollControl};

export type AppProps = {
	readonly session: AppSession;
	readonly ui: UiOptions;
	/** Bell and title; the only writes besides Ink's frames. */
	readonly control: TerminalControl;
	/** Tests pass a hand-driven clock. */
	readonly clock?: Clock;
	/** Called once when the user quits (q, Ctrl-C), after Ink has been asked to exit. */
	readonly onQuit?: () => void;
	/** tmux and notification protocol, detected once at start; tests pass their own. */
	readonly terminal?: TerminalInfo;
	/** Opens the cutover view when the last active task finishes (the demo, after its ten minutes). */
	readonly cutoverWhenSettled?: boolean;
	/** tmux's clipboard path (load-buffer -w); tests pass a recorder. */
	readonly tmuxBuffer?: TmuxBufferLoader;
};

const defaultTmuxBuffer: TmuxBufferLoader = (text) => loadTmuxBuffer(text);

export function App(props: AppProps) {
	return (
		<StoreContext value={props.session.store}>
			<Screen {...props} />
		</StoreContext>
	);
}

function Screen({
	session,
	ui,
	control,
	clock = realTimers,
	onQuit,
	terminal = plainTerminal,
	cutoverWhenSettled = false,
	tmuxBuffer = defaultTmuxBuffer,
}: AppProps) {
	const {store, poller} = session;
	const {exit} = useApp();
	const {isRawModeSupported} = useStdin();
	const {columns, rows} = useWindowSize();
	const theme = useMemo(() => createTheme(ui), [ui]);
	const [uiState, dispatch, currentUi] = useUiState(store.getState().config.initialFilter);

	// A new sources map on every poll makes a new (equal) array: compare by content, not identity.
	const panes = useCutwatch(useShallow(watchedKinds));
	const focused = useCutwatch((state) => state.view.focusedPane);
	const view = uiState.mode === 'search' ? uiState.back : uiState.mode;
	const countdown = useCutwatch(countdownOnScreen) && view === 'main';
	const minute = useNow(clock, 60_000);
	const second = useNow(clock, 1000, countdown);
	const now = useMemo(() => ({minute, second}), [minute, second]);

	useBell(store, ui.bell, control);
	const deadline = useDeadline(ui.deadline, minute, control, ui.bell !== 'none');
	useTitle(store, ui.title, ui.ascii, control);
	useNotify(store, ui.notify ?? 'none', terminal, control, clock);
	useSettled(store, cutoverWhenSettled && uiState.mode === 'main', () => dispatch({type: 'open', mode: 'cutover'}));

	const {notice, copy} = useCopy({store, terminal, enabled: ui.clipboard !== false, control, clock, tmuxBuffer});

	const recap = useRecap(store, clock, theme.separator);
	const bannerText = useCutwatch((state) =>
		recap.since === undefined
			? ''
			: recapText({events: state.events, sourceEvents: state.sourceEvents, since: recap.since, now: minute, separator: theme.separator}),
	);
	// At the minimum height the banner would leave too little for the panes (and the screen would say it is too
	// small when it is not): there it stays off.
	const banner = bannerText === '' || tooSmall(columns, rows - 1) ? 0 : 1;
	const layout = screenLayout(columns, rows - banner, panes, focused, uiState.zoom);
	const bodyHeight = Math.max(0, rows - screenChrome - banner);
	// Read at the key, not the render: an earlier key of the same read may have moved focus or opened a view.
	// The focused pane, the failures view and the event log say how many rows they show (failures with long
	// reasons take two lines or more, events two on a narrow screen).
	const pageSize = (mode: Mode) => (mode === 'main' || mode === 'failures' || mode === 'events' ? currentUi().page : Math.max(1, bodyHeight - 2));
	// What the views and the focused pane report after they render, for the keys (ui-state.ts).
	const onPage = useCallback((rows: number) => dispatch({type: 'page', rows}), [dispatch]);
	const onExtent = useMemo(() => {
		const report = (view: ScrollView) => (max: number) => dispatch({type: 'extent', view, max});
		return {
			detail: report('detail'),
			events: report('events'),
			failures: report('failures'),
			source: report('source'),
			help: report('help'),
			cutover: report('cutover'),
		};
	}, [dispatch]);

	const quit = () => {
		exit();
		onQuit?.();
	};
	useKeys(
		{
			store,
			poller,
			ui: uiState,
			currentUi,
			dispatch,
			panes,
			pageSize,
			quit,
			copy,
			onInput: recap.onInput,
			recap: recap.show,
		},
		isRawModeSupported,
	);

	let body;
	if (layout.mode !== 'too-small') {
		const size = {width: columns, height: bodyHeight};
		switch (view) {
			case 'detail':
				body = <DetailView {...size} scroll={uiState.scroll.detail} onExtent={onExtent.detail} />;
				break;
			case 'events':
				body = <EventLogView {...size} scroll={uiState.scroll.events} onExtent={onExtent.events} onPage={onPage} filter={uiState.eventFilter} />;
				break;
			case 'failures':
				body = <FailuresView {...size} scroll={uiState.scroll.failures} onExtent={onExtent.failures} onPage={onPage} />;
				break;
			case 'source':
				body = <SourceView {...size} scroll={uiState.scroll.source} onExtent={onExtent.source} />;
				break;
			case 'help':
				body = <HelpOverlay {...size} scroll={uiState.scroll.help} onExtent={onExtent.help} />;
				break;
			case 'cutover':
				body = <CutoverView {...size} scroll={uiState.scroll.cutover} onExtent={onExtent.cutover} />;
				break;
			default:
				body = <PaneGrid layout={layout} focused={focused} onProblem={uiState.onProblem} kinds={panes} body={bodyHeight} onPage={onPage} />;
		}
	}

	return (
		<ThemeContext value={theme}>
			<NowContext value={now}>
				<DeadlineContext value={ui.deadline?.at}>
					<Box flexDirection="column" width={columns} height={rows} overflow="hidden">
						{layout.mode === 'too-small' ? (
							<TooSmall columns={columns} rows={rows} />
						) : (
							<>
								<Header width={columns} accounts={session.accounts} regions={session.regions} deadline={deadline.forms} late={deadline.late} />
								{banner > 0 ? <RecapBanner text={bannerText} width={columns} /> : null}
								<Box flexDirection="column" width={columns} height={bodyHeight} overflow="hidden">
									{body}
								</Box>
								{uiState.mode === 'search' ? (
									<SearchPrompt width={columns} />
								) : notice !== undefined ? (
									<Text>{fit(` ${notice}`, columns)}</Text>
								) : (
									<KeyHints mode={view} width={columns} eventFilter={uiState.eventFilter} notice={uiState.notice} quitArmed={uiState.quitArmed} />
								)}
							</>
						)}
					</Box>
				</DeadlineContext>
			</NowContext>
		</ThemeContext>
	);
}
