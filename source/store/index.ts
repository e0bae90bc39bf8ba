// cutwatch's state store: the single source of truth the TUI and headless outputs read.
export {createCutwatchStore} from './create-store.js';
export {sourceKey, kindOfKey} from './source-key.js';
export {defaultStoreConfig} from './options.js';
export {
	selectPaneTasks,
	selectSelectedIndex,
	selectSelectedTask,
	rowIndex,
	selectCounts,
	summaryLine,
	selectPaneSource,
	effectivePhase,
	eventsSince,
	getTrackedTask,
	lastSeenAt,
	selectEta,
	isStalled,
	stalledForMs,
} from './selectors.js';
export type {TaskCounts, PaneSourceState} from './selectors.js';
export {estimateDoneAt, progressRate} from './history.js';
export {diskImageBytes, paneTally} from './session-history.js';
export type {PaneTally, SessionSample} from './session-history.js';
export {filterCycle, sortKeys, statusFilters, taskEventTypes} from './state.js';
export type {
	CutwatchActions,
	CutwatchData,
	CutwatchState,
	CutwatchStore,
	EventStatus,
	PollError,
	ProgressSample,
	SortKey,
	SourceError,
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
