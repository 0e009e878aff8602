/**
 * Zod configuration, imported before any schema is built (first import of
 * every entry that parses data: main.tsx and the parse worker). `jitless`
 * stops zod probing `new Function` at its first object schema: under the
 * page's policy (no 'unsafe-eval') that probe is a reported CSP violation on
 * every load, even though zod swallows the error and parses without it.
 */
import { z } from 'zod';

z.config({ jitless: true });
