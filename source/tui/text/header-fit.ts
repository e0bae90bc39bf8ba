// What the header keeps at a given width: each part has shorter forms, and the least important go first, so
// the sync/stale state ("synced 12:04 UTC", "no data yet") and PAUSED are never what a narrow terminal loses.
import {regionLabels} from '../../model/region-label.js';
import {sanitize} from '../../format/sanitize.js';
import {cell, stringWidth} from '../layout/column-text.js';
import type {Theme} from '../theme.js';

export type HeaderInput = {
	readonly name: string;
	readonly readOnly: string;
	/** Longest first: e.g. `▶ 12 active  ✗ 1 failed  ✓ 30 done`, then `▶12  ✗1  ✓30`. */
	readonly counts: readonly string[];
	/** Sources failing and the journal's problem ('' when none), longest first. */
	readonly problems: readonly string[];
	readonly paused: string;
	/** The deadline's forms, longest first ([] without --deadline). */
	readonly deadline: readonly string[];
	readonly sync: string;
};

export type HeaderFit = {
	readonly name: string;
	readonly readOnly: string;
	/** Index into `counts`. */
	readonly counts: number;
	readonly problems: string;
	readonly paused: string;
	readonly deadline: string;
	readonly sync: string;
	/** Columns left for the scope (account · regions), which takes what it can of them. */
	readonly spare: number;
	/** Even the shortest forms do not fit: the line must be cut, keeping its end (the sync state). */
	readonly overflow: boolean;
};

export const gap = '   ';
const scopeRoom = 12;

/** The right-hand side as drawn: counts, problems, PAUSED, deadline, sync, a gap between each, one space after. */
export function rightText(parts: readonly string[]): string {
	return `${parts.filter((part) => part !== '').join(gap)} `;
}

type Choice = {name: boolean; readOnly: boolean; counts: number; problems: number; deadline: number};

/** What goes, in order: shorter counts, a shorter deadline, the name, shorter problems, the read-only mark, the deadline. */
const steps: ReadonlyArray<(choice: Choice) => Choice> = [
	(c) => ({...c, counts: 1}),
	(c) => ({...c, deadline: 1}),
	(c) => ({...c, name: false}),
	(c) => ({...c, problems: 1}),
	(c) => ({...c, deadline: 2}),
	(c) => ({...c, readOnly: false}),
	(c) => ({...c, deadline: 3}),
];

function pick(forms: readonly string[], index: number): string {
	return forms.length === 0 ? '' : index >= forms.length ? '' : forms[index]!;
}

export function fitHeader(input: HeaderInput, width: number): HeaderFit {
	let choice: Choice = {name: true, readOnly: true, counts: 0, problems: 0, deadline: 0};
	const build = (c: Choice): HeaderFit => {
		const counts = Math.min(c.counts, input.counts.length - 1);
		const problems = pick(input.problems, Math.min(c.problems, input.problems.length - 1));
		const deadline = pick(input.deadline, c.deadline);
		const name = c.name ? input.name : '';
		const readOnly = c.readOnly ? input.readOnly : '';
		const used = stringWidth(name) + stringWidth(readOnly) + stringWidth(rightText([input.counts[counts] ?? '', problems, input.paused, deadline, input.sync]));
		return {name, readOnly, counts, problems, paused: input.paused, deadline, sync: input.sync, spare: width - used, overflow: used > width};
	};
	// The long counts only while they leave the scope some room too (as many columns as a region name).
	const tight = (f: HeaderFit, c: Choice) => f.overflow || (c.counts === 0 && f.spare < scopeRoom);
	let fit = build(choice);
	for (const step of steps) {
		if (!tight(fit, choice)) break;
		choice = step(choice);
		fit = build(choice);
	}
	return fit;
}

/**
 * What is watched, in the room the header leaves it: the accounts and regions, then with compact region labels
 * (use1), then the regions alone; a list too long for any form (a fleet) is cut at its end. Never cut in the
 * middle: "de…-1" says nothing.
 */
export function scopeText(
	accounts: readonly string[],
	regions: readonly string[],
	room: number,
	theme: Pick<Theme, 'ascii' | 'ellipsis' | 'separator'>,
): string {
	const labels = regionLabels(regions);
	const full = sanitize(regions.join(', '));
	const compact = sanitize(regions.map((region) => labels.get(region) ?? region).join(', '));
	const who = sanitize(accounts.join(', '));
	const forms = [` ${who} ${theme.separator} ${full} `, ` ${who} ${theme.separator} ${compact} `, ` ${compact} `];
	const fitting = forms.find((form) => stringWidth(form) <= room);
	if (fitting !== undefined) return fitting;
	return room >= 8 ? cell(forms[1]!, room, theme) : '';
}
