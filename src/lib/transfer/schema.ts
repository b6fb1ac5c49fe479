/**
 * The comparison file `<id>.standpoint.json`: a comparison with its source's metadata and verbatim
 * text, sealed by the text's SHA-256. Built from the model's own schemas by reference, so a change
 * to a comparison or a source is a change to the file.
 */
import * as v from 'valibot';
import { ComparisonSchema, SourceMetaSchema } from '../model/schema.ts';

/** The file format this code writes; a file with a higher number was made by a newer Standpoint. */
export const FORMAT_VERSION = 1;

/** The largest file read, checked before parsing so a huge file cannot stall the page. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** The source as the file carries it: its metadata without the data folder's file name, and its text. */
export const FileSourceSchema = v.strictObject({
	...v.omit(SourceMetaSchema, ['$schema', 'textFile']).entries,
	text: v.pipe(
		v.string(),
		v.nonEmpty('must not be empty'),
		v.description('The text, verbatim, in the form anchors are made over (Unicode NFC, LF).')
	),
	sha256: v.pipe(
		v.string(),
		v.regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits'),
		v.description('SHA-256 of the text as UTF-8, in hex: a changed text is noticed.')
	)
});

export const StandpointFileSchema = v.strictObject({
	$schema: v.optional(v.string()),
	formatVersion: v.pipe(v.literal(FORMAT_VERSION), v.description('Version of this file format.')),
	source: FileSourceSchema,
	comparison: ComparisonSchema
});

export type FileSource = v.InferOutput<typeof FileSourceSchema>;
export type StandpointFile = v.InferOutput<typeof StandpointFileSchema>;
