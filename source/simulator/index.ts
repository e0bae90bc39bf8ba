// cutwatch's AWS simulator: a loopback server speaking the real wire protocols of DescribeImportSnapshotTasks,
// DescribeExportImageTasks, DescribeStoreImageTasks (EC2 Query) and Discovery DescribeImportTasks (awsJson1_1),
// playing a seeded cutover scenario on a clock. See README.md in this directory.
export {startSimulator, type Simulator, type SimulatorOptions} from './server.js';
export {demoCredentials, demoRegion} from './demo.js';
export {simulateCommand, type CommandIo, type SimulateOptions} from './simulate-command.js';
export {buildCutoverScenario} from './scenario-cutover.js';
export {generateScenario, type GenerateOptions} from './scenario-generate.js';
export {
	loadScenarioFile,
	parseScenarioFile,
	ScenarioFileError,
	type DurationValue,
	type ScenarioFile,
	type ScenarioFileDiscoveryImport,
	type ScenarioFileImageExport,
	type ScenarioFileImportSnapshot,
	type ScenarioFileStoreImage,
	type ScenarioFileTiming,
} from './scenario-file.js';
export {
	defaultRetention,
	scenarioEndMs,
	taskCount,
	type DiscoveryImportSpec,
	type ImageExportSpec,
	type ImportSnapshotSpec,
	type Retention,
	type Scenario,
	type StoreImageSpec,
	type TaskOutcome,
} from './scenario.js';
export type {Stall} from './timeline.js';
export {
	faultKinds,
	operationAliases,
	operationNames,
	type Fault,
	type FaultKind,
	type FaultSettings,
	type FaultTarget,
	type FaultTargetName,
	type OperationName,
} from './faults.js';
export {FaultSpecError, formatFaultSpec, parseFaultSpec, type FaultSpec} from './fault-spec.js';
export type {RecordedRequest} from './request-log.js';
export {controlPrefix} from './control-endpoint.js';
export type {Seed} from './random.js';
export type {XmlControlCharacters} from './xml-text.js';
