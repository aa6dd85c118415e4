// Fixes to installed dependencies, applied after every `npm ci` / `npm install` (package.json,
// "postinstall"). Each replaces one exact text in the files of one package, and is skipped with a
// warning when that text is not there: another version of the package, where the fix may no longer
// be needed. The fixes change no behaviour; test/unit/dependency-patches.test.ts checks each is applied.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const modules = fileURLToPath(new URL('../../node_modules/', import.meta.url));

/**
 * @apollo/server 5: the request context Apollo hands a gateway executor (our compiled queries) kept
 * its `response.http.status` as a getter and a setter written in an object literal. V8 makes a new
 * hidden class for every such object, freed only by a full collection, and until then it held each
 * request's whole context (answer, variables, our context) through the young-generation
 * collections: their pauses doubled, and with them the tail latency (README, "Performance"). The
 * same getter and setter, on a class.
 */
const apolloGatewayContext = {
  name: 'Apollo gateway request context: status accessors on a class',
  packageName: '@apollo/server',
  files: ['dist/esm/utils/makeGatewayGraphQLRequestContext.js', 'dist/cjs/utils/makeGatewayGraphQLRequestContext.js'],
  applied: 'class GatewayResponseHttp',
  replace: [
    `        http: {
            headers: new FetcherHeadersForHeaderMap(newRequestContext.response.http.headers),
            get status() {
                return newRequestContext.response.http.status;
            },
            set status(newStatus) {
                newRequestContext.response.http.status = newStatus;
            },
        },`,
    `        http: new GatewayResponseHttp(newRequestContext),`,
  ],
  append: `
class GatewayResponseHttp {
    constructor(requestContext) {
        this.headers = new FetcherHeadersForHeaderMap(requestContext.response.http.headers);
        this.requestContext = requestContext;
    }
    get status() {
        return this.requestContext.response.http.status;
    }
    set status(newStatus) {
        this.requestContext.response.http.status = newStatus;
    }
}
`,
};

function apply(patch) {
  for (const file of patch.files) {
    const where = path.join(modules, patch.packageName, file);
    const text = readFileSync(where, 'utf8');
    if (text.includes(patch.applied)) continue;
    const [from, to] = patch.replace;
    if (!text.includes(from)) {
      console.warn(`dependency patch "${patch.name}" not applied: ${patch.packageName}/${file} is not the text it fixes`);
      continue;
    }
    writeFileSync(where, text.replace(from, to) + patch.append);
  }
}

apply(apolloGatewayContext);
