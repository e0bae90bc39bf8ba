// EC2 Query responses as XML, with the exact element names of the service model: lowerCamel
// members, `…Set` wrappers of <item>, wrappers present even when empty, <nextToken> only when there is a next page.
import type {
	DescribeExportImageTasksResult,
	DescribeImportSnapshotTasksResult,
	DescribeStoreImageTasksResult,
	ExportImageTask,
	ImportSnapshotTask,
	StoreImageTaskResult,
	Tag,
} from '@aws-sdk/client-ec2';
import {escapeXmlText, type XmlControlCharacters} from './xml-text.js';

const namespace = 'http://ec2.amazonaws.com/doc/2016-11-15/';

class XmlWriter {
	readonly parts: string[] = [];
	constructor(private readonly controls: XmlControlCharacters) {}

	text(name: string, value: string | undefined) {
		if (value !== undefined) this.parts.push(`<${name}>${escapeXmlText(value, this.controls)}</${name}>`);
	}

	/** Doubles as AWS writes them: 705638400.0. */
	double(name: string, value: number | undefined) {
		if (value !== undefined) this.parts.push(`<${name}>${Number.isInteger(value) ? value.toFixed(1) : String(value)}</${name}>`);
	}

	integer(name: string, value: number | undefined) {
		if (value !== undefined) this.parts.push(`<${name}>${Math.trunc(value)}</${name}>`);
	}

	boolean(name: string, value: boolean | undefined) {
		if (value !== undefined) this.parts.push(`<${name}>${value}</${name}>`);
	}

	/** ISO-8601 with milliseconds, the ec2Query timestamp format. */
	timestamp(name: string, value: Date | undefined) {
		if (value !== undefined) this.parts.push(`<${name}>${value.toISOString()}</${name}>`);
	}

	element(name: string, body: () => void) {
		this.parts.push(`<${name}>`);
		body();
		this.parts.push(`</${name}>`);
	}

	/** A list wrapper, always written: an absent wrapper makes the SDK field undefined instead of []. */
	list<T>(name: string, items: readonly T[] | undefined, item: (value: T) => void) {
		if (!items || items.length === 0) {
			this.parts.push(`<${name}/>`);
			return;
		}
		this.element(name, () => {
			for (const value of items) this.element('item', () => item(value));
		});
	}

	tags(tags: readonly Tag[] | undefined) {
		this.list('tagSet', tags, (tag) => {
			this.text('key', tag.Key);
			this.text('value', tag.Value);
		});
	}
}

function document(operation: string, requestId: string, controls: XmlControlCharacters, body: (xml: XmlWriter) => void): string {
	const xml = new XmlWriter(controls);
	xml.parts.push(`<?xml version="1.0" encoding="UTF-8"?>\n<${operation}Response xmlns="${namespace}">`);
	xml.text('requestId', requestId);
	body(xml);
	xml.parts.push(`</${operation}Response>`);
	return xml.parts.join('');
}

function importSnapshotTask(xml: XmlWriter, task: ImportSnapshotTask) {
	xml.text('description', task.Description);
	xml.text('importTaskId', task.ImportTaskId);
	const detail = task.SnapshotTaskDetail;
	if (detail) {
		xml.element('snapshotTaskDetail', () => {
			xml.text('description', detail.Description);
			xml.double('diskImageSize', detail.DiskImageSize);
			xml.boolean('encrypted', detail.Encrypted);
			xml.text('format', detail.Format);
			xml.text('kmsKeyId', detail.KmsKeyId);
			xml.text('progress', detail.Progress);
			xml.text('snapshotId', detail.SnapshotId);
			xml.text('status', detail.Status);
			xml.text('statusMessage', detail.StatusMessage);
			xml.text('url', detail.Url);
			const bucket = detail.UserBucket;
			if (bucket) {
				xml.element('userBucket', () => {
					xml.text('s3Bucket', bucket.S3Bucket);
					xml.text('s3Key', bucket.S3Key);
				});
			}
		});
	}
	xml.tags(task.Tags);
}

function exportImageTask(xml: XmlWriter, task: ExportImageTask) {
	xml.text('description', task.Description);
	xml.text('exportImageTaskId', task.ExportImageTaskId);
	xml.text('imageId', task.ImageId);
	xml.text('progress', task.Progress);
	const location = task.S3ExportLocation;
	if (location) {
		xml.element('s3ExportLocation', () => {
			xml.text('s3Bucket', location.S3Bucket);
			xml.text('s3Prefix', location.S3Prefix);
		});
	}
	xml.text('status', task.Status);
	xml.text('statusMessage', task.StatusMessage);
	xml.tags(task.Tags);
}

function storeImageTaskResult(xml: XmlWriter, result: StoreImageTaskResult) {
	xml.text('amiId', result.AmiId);
	xml.timestamp('taskStartTime', result.TaskStartTime);
	xml.text('bucket', result.Bucket);
	xml.text('s3objectKey', result.S3objectKey); // lower-case "o", as in the model
	xml.integer('progressPercentage', result.ProgressPercentage);
	xml.text('storeTaskState', result.StoreTaskState);
	xml.text('storeTaskFailureReason', result.StoreTaskFailureReason);
}

export function importSnapshotTasksXml(result: DescribeImportSnapshotTasksResult, requestId: string, controls: XmlControlCharacters): string {
	return document('DescribeImportSnapshotTasks', requestId, controls, (xml) => {
		xml.list('importSnapshotTaskSet', result.ImportSnapshotTasks, (task) => importSnapshotTask(xml, task));
		xml.text('nextToken', result.NextToken);
	});
}

export function exportImageTasksXml(result: DescribeExportImageTasksResult, requestId: string, controls: XmlControlCharacters): string {
	return document('DescribeExportImageTasks', requestId, controls, (xml) => {
		xml.list('exportImageTaskSet', result.ExportImageTasks, (task) => exportImageTask(xml, task));
		xml.text('nextToken', result.NextToken);
	});
}

export function storeImageTasksXml(result: DescribeStoreImageTasksResult, requestId: string, controls: XmlControlCharacters): string {
	return document('DescribeStoreImageTasks', requestId, controls, (xml) => {
		xml.list('storeImageTaskResultSet', result.StoreImageTaskResults, (task) => storeImageTaskResult(xml, task));
		xml.text('nextToken', result.NextToken);
	});
}
