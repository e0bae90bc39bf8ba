// The meow flag table. Everything is parsed as text and validated in config.ts, so each bad value gets
// one precise line instead of meow's generic multi-line reports.
export const flags = {
	demo: {type: 'boolean'},
	once: {type: 'boolean'},
	json: {type: 'boolean'},
	watch: {type: 'boolean'},
	untilDone: {type: 'boolean'},
	quiet: {type: 'boolean'},
	check: {type: 'boolean'},
	log: {type: 'string'},
	status: {type: 'string', isMultiple: true},
	region: {type: 'string', isMultiple: true},
	profile: {type: 'string', isMultiple: true},
	endpointUrl: {type: 'string'},
	discoveryRegion: {type: 'string'},
	interval: {type: 'string'},
	stallAfter: {type: 'string'},
	deadline: {type: 'string'},
	fullInterval: {type: 'string'},
	sources: {type: 'string', isMultiple: true},
	importTaskId: {type: 'string', isMultiple: true},
	exportTaskId: {type: 'string', isMultiple: true},
	imageId: {type: 'string', isMultiple: true},
	discoveryTaskId: {type: 'string', isMultiple: true},
	// Terminal UI.
	color: {type: 'boolean', default: true},
	ascii: {type: 'boolean'},
	bell: {type: 'string'},
	title: {type: 'boolean', default: true},
	clipboard: {type: 'boolean', default: true},
	notify: {type: 'string'},
	theme: {type: 'string'},
	// Demo and `simulate` only.
	speed: {type: 'string'},
	seed: {type: 'string'},
	scenario: {type: 'string'},
	port: {type: 'string'},
	requestLog: {type: 'string'},
	fault: {type: 'string', isMultiple: true},
	help: {type: 'boolean', shortFlag: 'h'},
	version: {type: 'boolean'},
} as const;

export type FlagName = keyof typeof flags;
export const knownFlagNames: ReadonlySet<string> = new Set([...Object.keys(flags), 'h']);
