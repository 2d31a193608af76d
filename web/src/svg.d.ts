/** SVG files are imported as text (angular.json `loader: { ".svg": "text" }`) to inline icons. */
declare module '*.svg' {
  const content: string;
  export default content;
}
