// Lint: typescript-eslint for all of src; Office.js usage rules (eslint-plugin-office-addins) where Office.js is
// called: the adapter (src/excel), the pane, the ribbon commands and the preview.
// The plugin recognises the request context only when it is named `context` (Excel.run(async (context) => …)).
// A sync per payload-sized piece in a loop is deliberate: disable no-context-sync-in-loop on that line with a reason.
// The layers (docs/ARCHITECTURE.md): an entry point (cli, taskpane, commands) never imports another one, and the
// shared UI layer (src/ui) imports none of them.
import officeAddins from 'eslint-plugin-office-addins';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-output/**', '.tmp/**', 'coverage/**', 'out/**'] },
  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [tseslint.configs.recommended],
    languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/excel/**/*.ts', 'src/taskpane/**/*.{ts,tsx}', 'src/commands/**/*.ts', 'src/ui/**/*.{ts,tsx}'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/load-object-before-read': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/call-sync-after-load': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'warn',
      'office-addins/no-office-initialize': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
  ...entryPointLayers(),
);

/** One block per entry point, the UI layer and the Office.js adapter: the folders each must not import from. */
function entryPointLayers() {
  const entryPoints = ['cli', 'taskpane', 'commands'];
  const forbidden = (folders) => ({
    patterns: folders.map((f) => ({
      group: [`**/${f}`, `**/${f}/**`],
      message: `entry points share code through src/ui or src/core, never by importing src/${f} (docs/ARCHITECTURE.md)`,
    })),
  });
  return [
    ...entryPoints.map((e) => ({
      files: [`src/${e}/**/*.{ts,tsx}`],
      rules: { 'no-restricted-imports': ['error', forbidden(entryPoints.filter((x) => x !== e))] },
    })),
    { files: ['src/ui/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': ['error', forbidden(entryPoints)] } },
    {
      files: ['src/excel/**/*.ts'],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              {
                group: ['**/memory-excel', '**/memory-excel/**'],
                message: 'the Office.js adapter never imports the in-memory Excel: tests, the bench and the preview run it on it (docs/ARCHITECTURE.md)',
              },
            ],
          },
        ],
      },
    },
  ];
}
