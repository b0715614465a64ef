/** See src/integrations/chunk-url.ts. */
declare module '*?chunk-url' {
  const url: string;
  export default url;
}
