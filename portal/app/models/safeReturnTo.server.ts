export { safeReturnTo } from '../../../src/auth/safeReturnTo'
