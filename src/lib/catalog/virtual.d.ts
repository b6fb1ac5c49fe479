declare module 'virtual:standpoint-data' {
	/** The data folder, validated: sources by id, comparisons in file order. */
	const data: {
		sources: Record<string, import('../model/schema').Source>;
		comparisons: import('../model/schema').Comparison[];
	};
	export default data;
}
