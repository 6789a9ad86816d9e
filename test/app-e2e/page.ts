// The page the app e2e test opens: registers an App and app-event listeners and logs every
// call into sessionStorage, which survives the back/forward cache and reloads.
import { App } from '../../runtime/app/globals'
import { getEnterOptionsSync, getLaunchOptionsSync, onAppHide, onAppShow, onThemeChange } from '../../runtime/app/index'
import { getSystemInfoSync } from '../../runtime/base/index'
import { configure } from '../../runtime/internal/config'

function log(line: string): void {
  sessionStorage.setItem('log', `${sessionStorage.getItem('log') ?? ''}${line}\n`)
}

configure({ app: { pages: ['pages/index/index', 'pages/detail/detail'] }, scene: 1011 })

onAppShow(options => log(`wx.onAppShow ${options.path}`))
onAppHide(result => log(`wx.onAppHide ${JSON.stringify(result)}`))
onThemeChange(({ theme }) => log(`wx.onThemeChange ${theme}`))

App({
  onLaunch(options) { log(`onLaunch ${JSON.stringify(options)}`) },
  onShow(options) { log(`onShow ${JSON.stringify(options)}`) },
  onHide() { log('onHide') },
  onError(error) { log(`App.onError ${error.split('\n')[0]}`) },
  onUnhandledRejection({ reason }) { log(`App.onUnhandledRejection ${String(reason)}`) },
})

Object.assign(globalThis, {
  __e2e: {
    log: () => (sessionStorage.getItem('log') ?? '').split('\n').filter(Boolean),
    launch: () => getLaunchOptionsSync(),
    enter: () => getEnterOptionsSync(),
    info: () => getSystemInfoSync(),
    throwLater: () => setTimeout(() => { throw new Error('real uncaught') }),
    rejectLater: () => { void Promise.reject('real rejection') },
  },
})
