import { writeFile } from 'node:fs/promises';
import { printAppSchema } from '../schema.js';

/** `npm run schema`: writes the code-first schema to schema/schema.graphql (committed; a test checks it). */
const target = new URL('../../../../schema/schema.graphql', import.meta.url);
await writeFile(target, await printAppSchema());
console.log(`wrote ${target.pathname}`);
