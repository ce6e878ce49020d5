import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { io } from 'socket.io-client';
import { SOCKET_PATH } from '@ctcp/shared';
import { useSession } from '../session';
import { NewestNotificationSeqDocument } from './operations';
import { type ConnectionStatus, createRealtimeClient, type SocketLike } from './realtime-client';
import { createRealtimeHub, RealtimeContext } from './realtime-context';

/** Same origin: the httpOnly access cookie goes with the handshake, as with /graphql. */
function createBrowserSocket(): SocketLike {
  return io({ path: SOCKET_PATH, withCredentials: true, autoConnect: false }) as unknown as SocketLike;
}

interface RealtimeProviderProps {
  children: ReactNode;
  /** Replaced in tests. */
  createSocket?: () => SocketLike;
}

/**
 * One live connection per signed-in session: opened once someone is signed in, closed when they sign
 * out (this provider sits in the signed-in layout, which is left then) or another user signs in.
 */
export function RealtimeProvider({ children, createSocket = createBrowserSocket }: RealtimeProviderProps) {
  const client = useApolloClient();
  const { user, renewSession } = useSession();
  const userId = user?.id;
  const [status, setStatus] = useState<ConnectionStatus>('disconnected');
  const [hub] = useState(createRealtimeHub);

  useEffect(() => {
    if (!userId) return;
    const realtime = createRealtimeClient({
      socket: createSocket(),
      fetchNewestSeq: async () => {
        const { data } = await client.query({ query: NewestNotificationSeqDocument, fetchPolicy: 'network-only' });
        return data?.notifications.edges[0]?.node.seq ?? 0;
      },
      renewSession,
      refetchActive: () => client.refetchQueries({ include: 'active' }),
      onNotifications: hub.publishNotifications,
      onRecordEvent: hub.publishRecord,
      onStatus: setStatus,
    });
    realtime.start();
    return () => realtime.close();
  }, [userId, client, renewSession, createSocket, hub]);

  // Subscriptions live on the hub, which never changes; the status is read from the value.
  const value = useMemo(() => ({ ...hub, status }), [hub, status]);
  return <RealtimeContext.Provider value={value}>{children}</RealtimeContext.Provider>;
}
