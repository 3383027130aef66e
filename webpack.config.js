/**
 * Builds the add-in's pages: taskpane.html (React pane + preview), commands.html (ribbon commands) and
 * outcome.html (a command's outcome dialog), the icons, the sample workbook's grid for the preview, and
 * manifest.xml with the deployment address.
 *
 *   npm run build                                   production; office.js from Microsoft's CDN
 *   ADDIN_URL=https://host/path/ npm run build      … with the manifest pointing there (or --env url=…)
 *   npm run build:intranet                          office.js bundled from @microsoft/office-js (closed networks)
 *   npm run dev-server                              https://localhost:3000 with office-addin-dev-certs
 */
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { EsbuildPlugin } = require('esbuild-loader');
const { DEV_URL, deploymentUrl, rewriteManifestUrls } = require('./scripts/manifest-urls.js');

const CDN_OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const LOCAL_OFFICE_JS = 'office-js/office.js';
const OFFICE_JS_DIST = path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));
const SAMPLE_XLSX = path.resolve(__dirname, 'assets/sample/seed-fy2566-q2.xlsx');
const SAMPLE_GRID = path.resolve(__dirname, '.tmp/preview/sample-grid.json');

/** The seed workbook as a Grid (read with src/xlsx/read-grid.ts) for the preview; rebuilt when the .xlsx changes. */
function buildSampleGrid() {
  if (!fs.existsSync(SAMPLE_XLSX)) {
    console.warn(`[kpi-progress] ${path.relative(__dirname, SAMPLE_XLSX)} is missing: the preview will say so.`);
    return false;
  }
  const fresh = fs.existsSync(SAMPLE_GRID) && fs.statSync(SAMPLE_GRID).mtimeMs >= fs.statSync(SAMPLE_XLSX).mtimeMs;
  if (fresh && !process.env.KPI_REBUILD_SAMPLE) return true;
  try {
    execFileSync(process.execPath, [require.resolve('tsx/cli'), 'scripts/build-sample-grid.ts', SAMPLE_XLSX, SAMPLE_GRID], {
      cwd: __dirname,
      stdio: 'inherit',
    });
    return true;
  } catch (e) {
    console.warn(`[kpi-progress] could not build the preview's sample grid: ${e.message}`);
    return false;
  }
}

/** Office's own files, served beside the pages in an intranet build (office.js loads the rest by name). */
function officeJsPatterns() {
  const to = 'office-js/';
  return [
    { from: 'office.js', context: OFFICE_JS_DIST, to },
    { from: 'o15apptofilemappingtable.js', context: OFFICE_JS_DIST, to },
    { from: 'es6-promise.js', context: OFFICE_JS_DIST, to },
    { from: 'excel-*.js', context: OFFICE_JS_DIST, to, globOptions: { ignore: ['**/*.debug.js'] } },
    { from: 'excelwebapp-*.js', context: OFFICE_JS_DIST, to, globOptions: { ignore: ['**/*.debug.js'] } },
    { from: '*/office_strings.js', context: OFFICE_JS_DIST, to },
    { from: '{telemetry,ariatelemetry}/*.js', context: OFFICE_JS_DIST, to, globOptions: { ignore: ['**/*.debug.js'] } },
  ];
}

async function httpsOptions() {
  const devCerts = require('office-addin-dev-certs');
  try {
    const options = await devCerts.getHttpsServerOptions();
    return { type: 'https', options: { ca: options.ca, key: options.key, cert: options.cert } };
  } catch (e) {
    const why = e.message.split('\n')[0];
    // The certificates may have been generated although the CA could not be trusted (no sudo, no certutil).
    const dir = path.join(require('os').homedir(), '.office-addin-dev-certs');
    const files = ['ca.crt', 'localhost.crt', 'localhost.key'].map((f) => path.join(dir, f));
    if (files.every((f) => fs.existsSync(f))) {
      console.warn(
        `[kpi-progress] the development CA is not trusted on this machine (${why}).\n` +
          `  Serving https://localhost:3000 with ${dir}; trust ca.crt there (or run \`npx office-addin-dev-certs install\`\n` +
          '  as a user who may install certificates) before sideloading into Excel.',
      );
      const [ca, cert, key] = files.map((f) => fs.readFileSync(f));
      return { type: 'https', options: { ca, cert, key } };
    }
    console.warn(
      `[kpi-progress] no development certificate (${why}).\n` +
        '  Serving over plain http://localhost:3000 — fine for the browser preview, but Excel only loads add-ins\n' +
        '  over https: run `npx office-addin-dev-certs install` on a machine where you can trust a certificate.',
    );
    return { type: 'http' };
  }
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const serving = !!env.WEBPACK_SERVE;
  const intranet = !!env.intranet || process.env.KPI_OFFICE_JS === 'local';
  const url = env.url || process.env.ADDIN_URL || null;
  const base = url ? deploymentUrl(url) : DEV_URL;
  const officeJs = intranet ? LOCAL_OFFICE_JS : CDN_OFFICE_JS;
  const hasSample = buildSampleGrid();
  if (production && !url) {
    console.warn(`[kpi-progress] no deployment address (--env url=… or ADDIN_URL): dist/manifest.xml points to ${DEV_URL}`);
  }

  const html = (chunks, template, filename) =>
    new HtmlWebpackPlugin({ filename, template, chunks, officeJs, scriptLoading: 'defer', minify: production });

  return {
    mode: production ? 'production' : 'development',
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      outcome: './src/commands/outcome-page.ts',
    },
    output: {
      path: path.resolve(__dirname, env.out || 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: 'auto',
      // dist/cli holds the command line (npm run build:cli): keep it.
      clean: { keep: /^cli[\\/]/ },
    },
    resolve: { extensions: ['.tsx', '.ts', '.js', '.json'] },
    module: {
      rules: [
        // A piece of a page the page templates share (ui/page-head.html), put in as it is: <%= require('…?raw') %>.
        { test: /\.html$/, resourceQuery: /raw/, type: 'asset/source' },
        {
          test: /\.[jt]sx?$/,
          exclude: /node_modules/,
          loader: 'esbuild-loader',
          options: { target: 'es2020', jsx: 'automatic' },
        },
      ],
    },
    optimization: {
      minimizer: [new EsbuildPlugin({ target: 'es2020', legalComments: 'none' })],
      splitChunks: { chunks: 'async' },
    },
    performance: { hints: false },
    plugins: [
      html(['taskpane'], './src/taskpane/taskpane.html', 'taskpane.html'),
      html(['commands'], './src/commands/commands.html', 'commands.html'),
      html(['outcome'], './src/commands/outcome.html', 'outcome.html'),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/icons', to: 'assets/icons' },
          { from: 'assets/help.html', to: 'help.html', noErrorOnMissing: true },
          ...(hasSample ? [{ from: SAMPLE_GRID, to: 'sample-grid.json' }] : []),
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (url ? rewriteManifestUrls(content.toString(), base) : content),
          },
          ...(intranet ? officeJsPatterns() : []),
        ],
      }),
    ],
    devServer: serving
      ? {
          port: Number(process.env.npm_package_config_dev_server_port || 3000),
          headers: { 'Access-Control-Allow-Origin': '*' },
          server: await httpsOptions(),
          static: intranet ? [{ directory: OFFICE_JS_DIST, publicPath: '/office-js' }] : [],
          client: { overlay: { warnings: false } },
        }
      : undefined,
  };
};
