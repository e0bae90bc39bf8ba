// The deadline on screen: the header's projection, read on the minute clock (no clock of its own), and the
// bell once when the projection first crosses the deadline.
import {useEffect, useMemo, useRef} from 'react';
import {deadlineName, project, projectionShortText, projectionText, type Deadline, type Projection} from '../../model/deadline.js';
import {selectEta, type CutwatchData} from '../../store/index.js';
import {useCutwatch} from '../context.js';
import type {TerminalControl} from '../terminal/terminal-control.js';

// Per tasks object and minute: a poll that changes nothing, or a key, costs no walk over every task.
const memo = new WeakMap<CutwatchData['tasks'], {now: number; at: number; projection: Projection}>();

export function selectProjection(state: CutwatchData, now: number, deadline: Deadline): Projection {
	const hit = memo.get(state.tasks);
	if (hit && hit.now === now && hit.at === deadline.at) return hit.projection;
	const etas: Array<number | undefined> = [];
	for (const map of Object.values(state.tasks)) {
		for (const tracked of map.values()) {
			if (tracked.task.category === 'active' && tracked.goneAt === undefined) etas.push(selectEta(state, tracked, now));
		}
	}
	const projection = project(etas, now, deadline.at);
	memo.set(state.tasks, {now, at: deadline.at, projection});
	return projection;
}

/**
 * The header's forms of the deadline, longest first ([] without --deadline): `deadline 04:30Z: on track (done
 * ~03:52Z, 38 min spare)`, then shorter ones for a narrow terminal. Rings the bell once, the first time tasks
 * are projected late.
 */
export function useDeadline(
	deadline: Deadline | undefined,
	now: number,
	control: Pick<TerminalControl, 'bell'>,
	bell: boolean,
): {forms: readonly string[]; late: boolean} {
	const text = useCutwatch((state) => (deadline === undefined ? '' : projectionText(selectProjection(state, now, deadline), deadline, now)));
	const short = useCutwatch((state) => (deadline === undefined ? '' : projectionShortText(selectProjection(state, now, deadline), deadline, now)));
	const late = text.startsWith('late') || text.startsWith('passed:');
	const rung = useRef(false);
	useEffect(() => {
		if (!late || rung.current || !bell) return;
		rung.current = true;
		control.bell();
	}, [late, bell, control]);
	const forms = useMemo(
		() => (deadline === undefined ? [] : [`${deadlineName(deadline)}: ${text}`, `deadline ${deadline.label}: ${short}`, `${deadline.label} ${short}`]),
		[deadline, text, short],
	);
	return {forms, late};
}
