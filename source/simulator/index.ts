// cutwatch's AWS simulator: a loopback server speaking the real wire protocols of DescribeImportSnapshotTasks,
// DescribeExportImageTasks, DescribeStoreImageTasks (EC2 Query) and Discovery DescribeImportTasks (awsJson1_1),
// playing a seeded cutover scenario on a clock. See README.md in this directory.
export {startSimulator, type Simulator, type SimulatorOptions} from './server/server.js';
export {demoCredentials, demoRegion} from './demo.js';
export {simulateCommand, type CommandIo, type SimulateOptions} from './simulate-command.js';
export {buildCutoverScenario} from './scenario/cutover.js';
export {generateScenario, type GenerateOptions} from './scenario/generate.js';
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
} from './scenario/file.js';
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
} from './scenario/model.js';
export type {Stall} from './scenario/timeline.js';
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
} from './faults/table.js';
export {FaultSpecError, formatFaultSpec, parseFaultSpec, type FaultSpec} from './faults/spec.js';
export type {RecordedRequest} from './server/request-log.js';
export {controlPrefix} from './server/control-endpoint.js';
export type {Seed} from './scenario/random.js';
export type {XmlControlCharacters} from './protocol/ec2/xml-text.js';
