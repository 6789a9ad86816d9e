// The page the e2e tests open: the storage APIs and configure(), on globalThis for page.evaluate.
import { configure } from '../../runtime/internal/config'
import * as wxStorage from '../../runtime/storage/index'

Object.assign(globalThis, { wxStorage, configure })
