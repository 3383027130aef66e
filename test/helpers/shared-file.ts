/**
 * Files the project does not own (the seed report, real offices' workbooks, the Office manifest schemas) live in
 * `../shared` beside the repository where CI has them. A test that needs one runs there and skips in a bare clone,
 * saying in one line what is missing.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';

const SHARED = path.resolve(__dirname, '../../../shared');
const announced = new Set<string>();

export interface SharedFile {
  /** Absolute path of the file (it may not exist). */
  path: string;
  present: boolean;
  /** `test` where the file is present, `test.skip` where it is not. */
  test: jest.It;
  describe: jest.Describe;
}

/** `relative` is a path inside ../shared, e.g. 'seed/000_1d6ee84446b4227b.txt'. */
export function sharedFile(relative: string): SharedFile {
  const file = path.join(SHARED, relative);
  const present = existsSync(file);
  if (!present && !announced.has(relative)) {
    announced.add(relative);
    // One plain line (console.warn would add a stack): what is missing, and that its tests are skipped.
    const testPath = expect.getState().testPath;
    const where = testPath ? `${path.relative(process.cwd(), testPath)}: ` : '';
    process.stderr.write(`${where}skipped, needs ../shared/${relative} beside the repository\n`);
  }
  return { path: file, present, test: present ? test : test.skip, describe: present ? describe : describe.skip };
}
