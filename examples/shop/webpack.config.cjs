// The shop built with Webpack: `npm run example:webpack` (scripts/example-webpack.js) loads this
// file. In an app of your own, `require('wx-h5/webpack')` resolves to the installed package; here
// the script points `wx-h5/webpack` and `wx-h5/runtime` at this checkout's dist/.
const { join } = require('node:path')
const wxH5 = require('wx-h5/webpack')

module.exports = {
  mode: 'production',
  context: __dirname,
  entry: './app.js',
  output: { path: join(__dirname, 'dist/webpack'), publicPath: '/', filename: '[name].[contenthash:8].js', clean: true },
  module: { rules: [{ test: /\.css$/, type: 'asset/resource', generator: { filename: '[name][ext]' } }] },
  plugins: [wxH5({ app: join(__dirname, 'app.json'), appId: 'wxexample' })],
}
