// --once: poll every selected source one time, print every task (table or JSON), exit.
import type {Session} from '../session/session.js';
import {matchesStatus} from '../session/status-filters.js';
import type {SelectableStatus} from '../config/config.js';
import {exitCodes} from '../config/usage-error.js';
import {terminalSafeJson} from '../format/sanitize.js';
import type {Io} from './io.js';
import {onceTable} from './once-table.js';
import {oneShotHint} from './one-shot-hint.js';
import {unlessInterrupted} from './interrupted.js';
import {orderedTasks} from './ordered-tasks.js';
import {sourceProblemLines} from './source-problems.js';
import {taskRecord} from './task-record.js';

const onceHint = (hint: string) => oneShotHint(hint, '--once');

export type OnceOptions = {
	json: boolean;
	statuses: readonly SelectableStatus[];
	/** Ctrl-C: stop waiting for the poll at once and print nothing (the caller says it was interrupted). */
	signal?: AbortSignal | undefined;
};

export async function runOnce(session: Session, io: Io, options: OnceOptions, now: () => number = Date.now): Promise<number> {
	const {json} = options;
	if ((await unlessInterrupted(session.poller.pollOnce(), options.signal)) === 'interrupted') return exitCodes.awsConfig;
	const state = session.store.getState();
	const at = now();
	const rows = orderedTasks(state).filter((tracked) => matchesStatus(tracked.task.category, options.statuses));
	const problems = [...state.sources.values()].filter((source) => source.lastError);
	if (json) {
		const document = {
			schema: 'cutwatch.tasks/v1',
			generatedAt: new Date(at).toISOString(),
			tasks: rows.map((tracked) => taskRecord(state, tracked, at)),
			errors: problems.map((source) => ({
				kind: source.kind,
				account: source.account ?? null,
				region: source.region,
				code: source.lastError!.code,
				message: source.lastError!.message,
				hint: onceHint(source.lastError!.hint),
			})),
		};
		io.stdout.write(terminalSafeJson(document, 2) + '\n');
	} else {
		io.stdout.write(onceTable(state, rows, at));
	}
	for (const line of sourceProblemLines(state, onceHint)) io.stderr.write(`cutwatch: ${line}\n`);
	return problems.length > 0 ? exitCodes.awsConfig : exitCodes.ok;
}
