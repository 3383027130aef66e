/**
 * Rewrites the development address (https://localhost:3000/) in manifest.xml to the deployment address given at
 * build time. Used by webpack.config.js and by the manifest test.
 */
'use strict';

const DEV_URL = 'https://localhost:3000/';

/** Normalises a deployment address: https (or http for local testing), with a trailing slash. */
function deploymentUrl(url) {
  const u = new URL(url);
  if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new Error(`deployment address must be https://…, got ${url}`);
  u.search = '';
  u.hash = '';
  if (!u.pathname.endsWith('/')) u.pathname += '/';
  return u.toString();
}

function rewriteManifestUrls(xml, url) {
  const base = deploymentUrl(url);
  const origin = new URL(base).origin;
  return xml.split(DEV_URL).join(base).split(DEV_URL.slice(0, -1)).join(origin);
}

module.exports = { DEV_URL, deploymentUrl, rewriteManifestUrls };
