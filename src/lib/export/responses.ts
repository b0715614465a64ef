/** Responses for the build's file endpoints, each with the type its extension implies. Pure. */

/** Compact JSON: the files are read by programs, and gzip does the rest. */
export function jsonResponse(value: unknown): Response {
  return new Response(JSON.stringify(value), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}

/** Text in a given media type, such as `text/csv` or `text/markdown`. */
export function textResponse(text: string, type: string): Response {
  return new Response(text, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
}
