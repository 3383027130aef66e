import { en } from '../../src/ui/i18n/en';
import { languageFromDisplay } from '../../src/ui/i18n';
import { th } from '../../src/ui/i18n/th';
import { STATUS_WORDS } from '../../src/core/words';

test("Office's display language decides: Thai for th-TH and outside Office, English otherwise", () => {
  expect(languageFromDisplay('th-TH')).toBe('th');
  expect(languageFromDisplay(null)).toBe('th');
  expect(languageFromDisplay('en-US')).toBe('en');
  expect(languageFromDisplay('en-GB')).toBe('en');
});

test('the Thai dictionary uses the words the workbook uses for each status', () => {
  for (const [status, word] of Object.entries(STATUS_WORDS)) expect(th.status[status as keyof typeof th.status]).toBe(word);
});

test('both dictionaries have the same keys, none empty', () => {
  const keys = (o: object, prefix = ''): string[] =>
    Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
  expect(keys(en).sort()).toEqual(keys(th).sort());
  const empty = (o: object): boolean => Object.values(o).some((v) => v === '' || (typeof v === 'object' && empty(v)));
  expect(empty(th)).toBe(false);
  expect(empty(en)).toBe(false);
});
