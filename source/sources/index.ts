// The registry of the four sources: one fetch function per task kind, the selection that narrows each, and
// what each needs from AWS (operation, IAM action) for help texts and error hints.
import type {EC2Client, Filter} from '@aws-sdk/client-ec2';
import type {DiscoveryClient} from '../aws/discovery/index.js';
import type {ImportTaskFilter} from '../aws/discovery/types.js';
import type {Task, TaskKind, TaskScope} from '../model/task.js';
import {fetchDiscoveryImportTasks, discoveryPageSize, type DiscoveryImportSelection} from './discovery-import.js';
import {exportImagePageSize, fetchExportImageTasks, type ExportImageSelection} from './export-image.js';
import {fetchImportSnapshotTasks, importSnapshotPageSize, type ImportSnapshotSelection} from './import-snapshot.js';
import type {FirstPage} from './request-params.js';
import {fetchStoreImageTasks, storeImagePageSize, type StoreImageSelection} from './store-image.js';

export type AwsClients = {ec2: EC2Client; discovery: DiscoveryClient};

/** Everything that narrows what is fetched, for all four kinds; empty lists mean "all". */
export type Selection = {
	importTaskIds?: readonly string[] | undefined;
	importSnapshotFilters?: readonly Filter[] | undefined;
	exportImageTaskIds?: readonly string[] | undefined;
	exportImageFilters?: readonly Filter[] | undefined;
	/** AMIs for store tasks; more than 20 are fetched in several calls. */
	imageIds?: readonly string[] | undefined;
	storeImageFilters?: readonly Filter[] | undefined;
	/** Sent as an IMPORT_TASK_ID filter. */
	discoveryTaskIds?: readonly string[] | undefined;
	discoveryFilters?: readonly ImportTaskFilter[] | undefined;
	/** EC2 DryRun: a permission probe (AWS answers DryRunOperation if allowed, UnauthorizedOperation if not). */
	dryRun?: boolean | undefined;
};

export type KindSelection = {
	'import-snapshot': ImportSnapshotSelection;
	'export-image': ExportImageSelection;
	'store-image': StoreImageSelection;
	'discovery-import': DiscoveryImportSelection;
};

export function selectionForKind<K extends TaskKind>(kind: K, selection: Selection): KindSelection[K];
export function selectionForKind(kind: TaskKind, s: Selection): KindSelection[TaskKind] {
	switch (kind) {
		case 'import-snapshot':
			return {importTaskIds: s.importTaskIds, filters: s.importSnapshotFilters, dryRun: s.dryRun};
		case 'export-image':
			return {exportImageTaskIds: s.exportImageTaskIds, filters: s.exportImageFilters, dryRun: s.dryRun};
		case 'store-image':
			return {imageIds: s.imageIds, filters: s.storeImageFilters, dryRun: s.dryRun};
		case 'discovery-import':
			return {discoveryTaskIds: s.discoveryTaskIds, filters: s.discoveryFilters};
	}
}

export type SourceInfo = {
	service: 'ec2' | 'discovery';
	operation: string;
	iamAction: string;
	/** Largest page the API allows, which is what we request. */
	pageSize: number;
};

export const sourceInfo: Record<TaskKind, SourceInfo> = {
	'import-snapshot': {
		service: 'ec2',
		operation: 'DescribeImportSnapshotTasks',
		iamAction: 'ec2:DescribeImportSnapshotTasks',
		pageSize: importSnapshotPageSize,
	},
	'export-image': {
		service: 'ec2',
		operation: 'DescribeExportImageTasks',
		iamAction: 'ec2:DescribeExportImageTasks',
		pageSize: exportImagePageSize,
	},
	'store-image': {
		service: 'ec2',
		operation: 'DescribeStoreImageTasks',
		iamAction: 'ec2:DescribeStoreImageTasks',
		pageSize: storeImagePageSize,
	},
	'discovery-import': {
		service: 'discovery',
		operation: 'DescribeImportTasks',
		iamAction: 'discovery:DescribeImportTasks',
		pageSize: discoveryPageSize,
	},
};

/** Every task of one kind in one scope (all pages), normalised. Typed per kind: the fetch*Tasks functions. */
export function fetchTasks(
	kind: TaskKind,
	clients: AwsClients,
	scope: TaskScope,
	selection: Selection = {},
	signal?: AbortSignal,
	onFirstPage?: FirstPage,
): Promise<Task[]> {
	switch (kind) {
		case 'import-snapshot':
			return fetchImportSnapshotTasks(clients.ec2, scope, selectionForKind(kind, selection), signal, onFirstPage);
		case 'export-image':
			return fetchExportImageTasks(clients.ec2, scope, selectionForKind(kind, selection), signal, onFirstPage);
		case 'store-image':
			return fetchStoreImageTasks(clients.ec2, scope, selectionForKind(kind, selection), signal, onFirstPage);
		case 'discovery-import':
			return fetchDiscoveryImportTasks(clients.discovery, scope, selectionForKind(kind, selection), signal, onFirstPage);
	}
}

export type {DiscoveryImportSelection, ExportImageSelection, ImportSnapshotSelection, StoreImageSelection};
export {fetchDiscoveryImportTasks, fetchExportImageTasks, fetchImportSnapshotTasks, fetchStoreImageTasks};
