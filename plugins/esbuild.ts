// `import wxH5 from 'wx-h5/esbuild'`: the wx-h5 transform as an esbuild plugin.
import { unplugin } from '../src/unplugin'

export default unplugin.esbuild
