// Request-building helpers shared by the sources.
import type {Task} from '../model/task.js';

/**
 * Called with the first page of a listing that has more pages, normalised, before the rest is fetched: the
 * first listing of a long history can be shown a page in, not 500 pages in.
 */
export type FirstPage = (tasks: Task[]) => void;

/** A mutable copy of a non-empty list, or undefined so the SDK leaves the parameter out. */
export function nonEmpty<T>(values: readonly T[] | undefined): T[] | undefined {
	return values && values.length > 0 ? [...values] : undefined;
}

/**
 * The page size to request: none when task ids are given. The ids already bound the answer, and several EC2
 * Describe APIs reject MaxResults combined with ids (InvalidParameterCombination); for these operations the
 * combination is undocumented, so we do not risk it. The paginator still follows any NextToken.
 */
export function pageSizeFor(ids: readonly string[] | undefined, pageSize: number): number | undefined {
	return ids && ids.length > 0 ? undefined : pageSize;
}
