import { comparisonEntries, loadClassroom } from '$lib/classroom/load.server';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = comparisonEntries;

export const load: PageServerLoad = ({ params }) => loadClassroom(params.id);
