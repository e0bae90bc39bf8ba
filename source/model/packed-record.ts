// A raw AWS record kept as its JSON text. At 50,000 tasks the SDK's records as objects were 28 MiB of live heap
// (~580 B each: an object per nested shape, a property array, a boxed number, a string per value); as one
// flat string they are a third of that, and equal records are equal strings, a cheap comparison. The record is
// decoded only where it is read whole: the detail view, --json and the search box.
declare const packedRecord: unique symbol;
/** JSON text of an SDK record of type T (see packRecord), typed so that only unpackRecord reads it. */
export type PackedRecord<T> = string & {readonly [packedRecord]: T};

/**
 * The Date members of the four records (JSON writes them as ISO strings): the SDK's StoreImageTaskResult and
 * our Discovery ImportTask. A new Date member in an SDK upgrade would read back as its ISO string.
 */
const dateMembers = new Set(['TaskStartTime', 'importRequestTime', 'importCompletionTime', 'importDeletedTime']);

export function packRecord<T>(record: T): PackedRecord<T> {
	return JSON.stringify(record) as PackedRecord<T>;
}

/**
 * The record as the SDK returned it, with two differences nobody reads: members holding undefined are absent,
 * and a number that was not finite (never sent by AWS) is null.
 */
export function unpackRecord<P extends PackedRecord<unknown>>(packed: P): Unpacked<P> {
	return JSON.parse(packed, (key, value: unknown) => (typeof value === 'string' && dateMembers.has(key) ? new Date(value) : value)) as Unpacked<P>;
}

/** The record type of a packed record (of each member, for a union of them). */
export type Unpacked<P> = P extends {readonly [packedRecord]: infer T} ? T : never;
