// `import wxH5 from 'wx-h5/rspack'`: the wx-h5 transform as a Rspack plugin.
import { unplugin } from '../src/unplugin'

export default unplugin.rspack
