// cutwatch's state store: the single source of truth the TUI and headless outputs read.
export {createCutwatchStore} from './create-store.js';
export {sourceKey, kindOfKey} from './source-key.js';
export {defaultStoreConfig} from './options.js';
export {
	selectPaneTasks,
	selectNothingMatches,
	selectSelectedIndex,
	selectSelectedTask,
	rowIndex,
	selectCounts,
	rowCategory,
	summaryLine,
	selectPaneSource,
	singleSourceState,
	selectSourceCounts,
	selectFailingSources,
	selectStaleSourceKeys,
	selectScopeColumn,
	scopeLabel,
	effectivePhase,
	eventsSince,
	getTrackedTask,
	lastSeenAt,
	selectEta,
	isStalled,
	stalledForMs,
	selectWatchedKinds,
	selectFailedTasks,
	selectSourceProblems,
	failedAt,
} from './selectors.js';
export type {RowCategory, TaskCounts, PaneSourceState, ScopeColumn, ScopeParts} from './selectors.js';
export {estimateDoneAt, progressRate} from './history.js';
export {searchTerms} from './search-text.js';
export {cycleFilterValue, filterMatches, statusFilterFor} from './status-filter.js';
export {diskImageBytes, paneTally} from './session-history.js';
export type {PaneTally, SessionSample} from './session-history.js';
export {filterCycle, sortKeys, statusFilters, taskEventTypes} from './state.js';
export type {
	CutwatchActions,
	CutwatchData,
	CutwatchState,
	CutwatchStore,
	EventStatus,
	Notice,
	PollError,
	ProgressSample,
	JournalState,
	RestoredState,
	SortKey,
	SourceError,
	SourceEvent,
	SourcePhase,
	SourceState,
	StatusFilter,
	StoreConfig,
	StoreOptions,
	TaskEvent,
	TaskEventType,
	TrackedTask,
	ViewState,
} from './state.js';
