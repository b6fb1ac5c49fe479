import { toJsonSchema } from '@valibot/to-json-schema';
import { AnchorSchema } from '../anchoring';
import { ComparisonSchema, SourceMetaSchema } from '../model/schema';
import { StandpointFileSchema } from '../transfer/schema';

/** Where the published JSON Schemas live, relative to the project root. */
export const jsonSchemaFiles = {
	comparison: 'data/schema/comparison.schema.json',
	source: 'data/schema/source.schema.json',
	file: 'data/schema/standpoint-file.schema.json'
} as const;

/**
 * The JSON Schemas for comparison, source and comparison-file (`.standpoint.json`) files, derived
 * from the valibot schemas so the two can never disagree. Checks JSON Schema cannot express (anchors resolving, ids known) stay in
 * the build; the converter is told to skip them rather than fail.
 */
export function jsonSchemas(): Record<keyof typeof jsonSchemaFiles, string> {
	const config = {
		target: 'draft-2020-12',
		errorMode: 'ignore',
		definitions: { Anchor: AnchorSchema }
	} as const;
	const comparison = {
		...toJsonSchema(ComparisonSchema, config),
		$schema: 'https://json-schema.org/draft/2020-12/schema',
		title: 'Standpoint comparison'
	};
	const source = {
		...toJsonSchema(SourceMetaSchema, config),
		$schema: 'https://json-schema.org/draft/2020-12/schema',
		title: 'Standpoint source metadata'
	};
	const file = {
		...toJsonSchema(StandpointFileSchema, config),
		$schema: 'https://json-schema.org/draft/2020-12/schema',
		title: 'Standpoint comparison file (.standpoint.json)'
	};
	return {
		comparison: JSON.stringify(comparison, null, '\t') + '\n',
		source: JSON.stringify(source, null, '\t') + '\n',
		file: JSON.stringify(file, null, '\t') + '\n'
	};
}
