import { config } from 'zod/mini';

/*
 * Extension pages, the service worker and content scripts may not evaluate strings, so zod
 * cannot compile its fast parsers there. Said once per script context, before the first
 * parse: otherwise zod probes with `new Function`, which the browser reports as a Content
 * Security Policy violation on every load. Imported first by each entry that uses zod.
 */
config({ jitless: true });
