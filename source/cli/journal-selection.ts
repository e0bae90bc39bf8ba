// What the journal records about a run's selection: the flags that decide which tasks are watched, so a
// reader can tell runs apart and --until-done can tell a re-run of the same step from a new one.
import type {RunSelection} from '../journal/schema.js';
import type {Config} from '../config/config.js';

export function runSelection(config: Config, regions: readonly string[], discoveryRegion: string): RunSelection {
	return {
		mode: config.mode,
		kinds: [...config.kinds].sort(),
		regions: [...regions].sort(),
		profiles: [...config.profiles].sort(),
		discoveryRegion,
		endpoint: config.demo ? null : (config.endpointUrl ?? null),
		ids: Object.fromEntries(Object.entries(config.ids).map(([name, ids]) => [name, [...ids].sort()])),
		statuses: [...config.statuses].sort(),
		untilDone: config.untilDone,
		demo: config.demo,
	};
}
