// `import wxH5 from 'wx-h5/vite'`: the wx-h5 transform as a Vite plugin.
import { unplugin } from '../src/unplugin'

export default unplugin.vite
