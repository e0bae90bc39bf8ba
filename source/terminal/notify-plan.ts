// Which desktop notifications to send, from the store's task events: at most one per task per transition,
// a burst (one poll's failures, or everything held back by the rate limit) as one notification ("3 snapshot
// imports failed"), and never more often than every minIntervalMs. Pure: the caller feeds events and time.
import type {TaskKind} from '../model/task.js';
import type {TaskEvent} from '../store/index.js';
import {sanitize} from '../format/sanitize.js';

export type NotifyMode = 'failed' | 'all' | 'none';

const nouns: Record<TaskKind, [string, string]> = {
	'import-snapshot': ['snapshot import', 'snapshot imports'],
	'export-image': ['image export', 'image exports'],
	'store-image': ['AMI store task', 'AMI store tasks'],
	'discovery-import': ['Discovery import', 'Discovery imports'],
};

type Transition = 'failed' | 'stalled' | 'completed';
const verbs: Record<Transition, string> = {failed: 'failed', stalled: 'stalled', completed: 'completed'};

export type NotifyPlan = {
	/** Events as they landed in the store, and how many tasks are active after them. */
	add(events: readonly TaskEvent[], activeTasks: number): void;
	/** The notification due at `now`, if any (everything pending, in one sentence). */
	take(now: number): string | undefined;
	/** When something pending may next be sent; undefined when nothing is pending. */
	dueAt(): number | undefined;
};

export function createNotifyPlan(mode: NotifyMode, minIntervalMs = 30_000): NotifyPlan {
	const sent = new Set<string>();
	let pending: TaskEvent[] = [];
	let finished: string | undefined;
	let sawActive = false;
	let lastAt = Number.NEGATIVE_INFINITY;

	function wanted(event: TaskEvent): event is TaskEvent & {type: Transition} {
		if (mode === 'none' || event.initial) return false;
		return event.type === 'failed' || event.type === 'stalled' || (mode === 'all' && event.type === 'completed');
	}

	return {
		add(events, activeTasks) {
			for (const event of events) {
				// A task that resumes may stall again: that is a new transition.
				if (event.type === 'resumed') sent.delete(`${event.taskKey}|stalled`);
				if (!wanted(event)) continue;
				const key = `${event.taskKey}|${event.type}`;
				if (sent.has(key)) continue;
				sent.add(key);
				pending.push(event);
			}
			if (mode === 'none') return;
			if (activeTasks > 0) sawActive = true;
			else if (sawActive) {
				sawActive = false;
				finished = 'no task is active any more: the run has ended';
			}
		},
		take(now) {
			if (pending.length === 0 && finished === undefined) return undefined;
			if (now - lastAt < minIntervalMs) return undefined;
			const message = describe(pending, finished);
			pending = [];
			finished = undefined;
			lastAt = now;
			return message;
		},
		dueAt() {
			return pending.length === 0 && finished === undefined ? undefined : lastAt + minIntervalMs;
		},
	};
}

function describe(events: readonly TaskEvent[], finished: string | undefined): string {
	const parts: string[] = [];
	for (const type of ['failed', 'stalled', 'completed'] as const) {
		const mine = events.filter((event) => event.type === type);
		if (mine.length === 1) {
			const [event] = mine;
			const reason = type === 'completed' ? '' : `: ${sanitize(event!.message ?? event!.to?.message ?? '')}`;
			parts.push(`${sanitize(event!.taskId)} ${verbs[type]}${reason === ': ' ? '' : reason}`);
			continue;
		}
		const byKind = new Map<TaskKind, number>();
		for (const event of mine) byKind.set(event.kind, (byKind.get(event.kind) ?? 0) + 1);
		for (const [kind, count] of byKind) parts.push(`${count} ${nouns[kind][count === 1 ? 0 : 1]} ${verbs[type]}`);
	}
	if (finished) parts.push(finished);
	return parts.join('; ');
}
