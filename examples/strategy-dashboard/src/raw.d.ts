// Vite imports a file's text with `?raw` (the survey answers CSVs, bundled into the page).
declare module "*?raw" {
  const text: string;
  export default text;
}
