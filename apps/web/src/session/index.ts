export {
  forgetSessionData,
  hasSessionInCache,
  SessionProvider,
  type SessionUser,
  useSession,
  useSignedInUser,
  useViewerCan,
  type ViewerCapabilities,
} from './session';
// Tests answer `me` with it to render a signed-in (or signed-out) app.
export { MeDocument } from './operations';
