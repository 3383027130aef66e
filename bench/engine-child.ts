/** One engine case in a fresh process: `node --import tsx bench/engine-child.ts <A|B|C|D|mixed> <rows>`; prints JSON. */
import { engineCase, type EngineLayout } from './engine-case';

const [layout, rows] = process.argv.slice(2);
if (!['A', 'B', 'C', 'D', 'mixed'].includes(layout) || !(Number(rows) > 0)) {
  process.stderr.write('usage: engine-child.ts <A|B|C|D|mixed> <rows>\n');
  process.exit(2);
}
process.stdout.write(JSON.stringify(engineCase(layout as EngineLayout, Number(rows))));
