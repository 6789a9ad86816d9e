// `import wxH5 from 'wx-h5/rollup'`: the wx-h5 transform as a Rollup plugin.
import { unplugin } from '../src/unplugin'

export default unplugin.rollup
