/** The paths the api serves itself; every other path is the web app's (index.html for its routes). */
export const API_PREFIXES = ['/graphql', '/health', '/socket.io', '/attachments', '/exports', '/auth', '/metrics'];
