declare module 'virtual:standpoint-data' {
	const files: import('./catalog').RawFile[];
	export default files;
}
