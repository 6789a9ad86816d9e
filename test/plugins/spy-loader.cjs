// Webpack/Rspack loader for the plugin tests: records each module's source as it reaches this
// loader (after wx-h5's `enforce: 'pre'` transform) and passes it on unchanged.
module.exports = function spyLoader(source) {
  const spied = globalThis.__wxH5Spy
  if (spied) spied.set(this.resourcePath, String(source))
  return source
}
