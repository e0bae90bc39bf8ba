// The screen's UI state (ui-state.ts) as a hook whose dispatch applies each event at once. Several keys can
// arrive in one read and Ink hands them to useInput one after another before React renders again, so a key
// must see the view the key before it opened, not the one of the last render: read it through `current`.
import {useCallback, useRef, useState} from 'react';
import type {StatusFilter} from '../../store/index.js';
import {uiReducer, uiStateFor, type UiEvent, type UiState} from './ui-state.js';

export type UiStateHandle = readonly [state: UiState, dispatch: (event: UiEvent) => void, current: () => UiState];

export function useUiState(initialFilter: StatusFilter): UiStateHandle {
	const [state, setState] = useState(() => uiStateFor(initialFilter));
	const latest = useRef(state);
	const dispatch = useCallback((event: UiEvent) => {
		const next = uiReducer(latest.current, event);
		if (next === latest.current) return;
		latest.current = next;
		setState(next);
	}, []);
	const current = useCallback(() => latest.current, []);
	return [state, dispatch, current];
}
