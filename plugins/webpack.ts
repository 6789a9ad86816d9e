// `import wxH5 from 'wx-h5/webpack'`: the wx-h5 transform as a Webpack plugin.
import { unplugin } from '../src/unplugin'

export default unplugin.webpack
