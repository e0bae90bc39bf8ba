// Request-building helpers shared by the EC2 sources.

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
